package io.planextract.cli;

import io.planextract.ExtractionException;
import io.planextract.model.NoticeResult;
import java.nio.file.Path;

/** What became of one input. The batch's coordinator consumes these in input order. */
public sealed interface Outcome {
    InputFile input();

    /**
     * The input was converted.
     *
     * @param result the result, for the combined output and the review page (per-input outputs are already written
     *               by the worker); at most one window of them is held at a time
     */
    record Converted(InputFile input, NoticeResult result, int tasks, int warnings) implements Outcome {
    }

    /** {@code --skip-existing}: the output from an earlier run was kept. */
    record Skipped(InputFile input, Path existing) implements Outcome {
    }

    /** The input could not be converted; {@code message} is one line a clerk understands. */
    record Failed(InputFile input, ExtractionException.Stage stage, String message) implements Outcome {
        public Failed {
            message = oneLine(message);
        }

        private static String oneLine(String message) {
            String m = message == null || message.isBlank() ? "unknown error" : message;
            return m.replaceAll("\\s+", " ").strip();
        }
    }
}
