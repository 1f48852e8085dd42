package io.planextract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.planextract.write.OutputFormat;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutputPlanTest {
    private static InputFile input(String relative) {
        return new InputFile(Path.of("in", relative), "in/" + relative, Path.of(relative));
    }

    @Test
    void outputsAreNamedAfterTheirInputsAndNeverCollide() {
        OutputPlan.PerInput plan = new OutputPlan.PerInput(Path.of("out"), OutputFormat.CSV);

        List<Path> targets = plan.targets(List.of(input("zhoucun.txt"), input("a.txt"), input("A.docx"),
                input("2023/zhoucun.txt"), input("noext")));

        assertThat(targets).containsExactly(Path.of("out/zhoucun.csv"), Path.of("out/a.txt.csv"),
                Path.of("out/A.docx.csv"), Path.of("out/2023/zhoucun.csv"), Path.of("out/noext.csv"));
    }

    @Test
    void sameRelativeNameFromTwoArgumentsGetsACounter() {
        OutputPlan.PerInput plan = new OutputPlan.PerInput(Path.of("out"), OutputFormat.JSON);

        assertThat(plan.targets(List.of(input("a.txt"), input("a.txt")))).containsExactly(
                Path.of("out/a.txt.json"), Path.of("out/a.txt-2.json"));
    }
}
