package io.planextract.ledger;

import io.planextract.grammar.Simplified;
import io.planextract.model.Notice;
import io.planextract.model.NoticeResult;
import io.planextract.model.Task;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What makes two inputs one notice, for the ledgers: the same notice saved as DOCX, HTML and text, or copied
 * twice into a folder, must count its tasks once.
 *
 * <p>A notice that states both its document number and its title is known by them ({@code 汶政办字〔2025〕3号} +
 * {@code 关于印发…的通知}): two readings of one notice may differ in a cell or two, the number and title do not.
 * A notice missing either is known by its tasks: a hash of the task list (task, requirement, lead and
 * responsible units of every task, in order). Both keys ignore spacing, punctuation, full-width forms and
 * traditional characters, which change from one format to another but not from one notice to another.
 *
 * @param numberAndTitle the key from document number and title, or null when the notice lacks either
 * @param content        the key from the task list, or null when there are no tasks
 */
public record NoticeIdentity(String numberAndTitle, String content) {

    /** What the keys ignore: spaces and punctuation of any width (after NFKC). */
    private static final Pattern IGNORED = Pattern.compile("[\\s\\p{P}\\p{S}\\p{Cntrl}\u3000]+");

    public static NoticeIdentity of(NoticeResult result) {
        Notice notice = result.notice();
        String number = notice == null ? "" : normalise(notice.docNumber());
        String title = notice == null ? "" : normalise(notice.title());
        String byNumber = number.isEmpty() || title.isEmpty() ? null : number + "\n" + title;
        return new NoticeIdentity(byNumber, contentKey(result.tasks()));
    }

    /**
     * Whether two inputs are one notice: by number and title when both have them, else by content. Two notices
     * with different numbers are never one, even when their task lists agree (a notice reissued for another
     * year is another notice).
     */
    public boolean sameNotice(NoticeIdentity other) {
        if (numberAndTitle != null && other.numberAndTitle != null) {
            return numberAndTitle.equals(other.numberAndTitle);
        }
        return content != null && content.equals(other.content);
    }

    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return IGNORED.matcher(Simplified.of(Normalizer.normalize(text, Normalizer.Form.NFKC))).replaceAll("");
    }

    private static String contentKey(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return null;
        }
        MessageDigest digest = sha256();
        for (Task task : tasks) {
            update(digest, normalise(task.task()));
            update(digest, normalise(task.requirement()));
            task.lead().forEach(unit -> update(digest, UnitNames.key(unit)));
            update(digest, "|");
            task.responsible().forEach(unit -> update(digest, UnitNames.key(unit)));
            update(digest, "\n");
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, String part) {
        digest.update(part.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
