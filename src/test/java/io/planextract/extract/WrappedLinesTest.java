package io.planextract.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.planextract.extract.prose.ProseTasks;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines a PDF's page width broke run on into one paragraph; items and labels stay apart. */
class WrappedLinesTest {
    private static List<String> join(String... lines) {
        List<ProseTasks.Para> in = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            in.add(new ProseTasks.Para(lines[i], i + 1, i + 1));
        }
        return WrappedLines.join(in).stream().map(ProseTasks.Para::text).toList();
    }

    @Test
    void linesAsWideAsThePageThatStopMidSentenceRunOn() {
        List<String> out = join("一、提高城市基层党建工作水平，加强党对基层治理的全面", "领导",
                "1.完善街道党工委对地区治理重大工作的领导体制机制，优", "化决策程序，涉及基层治理的重大事项、重点工作、重",
                "要问题由街道党工委讨论决定，全面提升街道抓党建、抓", "治理、抓服务的领导能力，推进社区党组织书记和居委", "会主任一肩挑。",
                "牵头单位：区委组织部", "协办单位：区委编办、区民政局（区委社会工委）、园区", "党工委、各街道党工委");
        assertThat(out).containsExactly("一、提高城市基层党建工作水平，加强党对基层治理的全面领导",
                "1.完善街道党工委对地区治理重大工作的领导体制机制，优化决策程序，涉及基层治理的重大事项、重点工作、重"
                        + "要问题由街道党工委讨论决定，全面提升街道抓党建、抓治理、抓服务的领导能力，推进社区党组织书记和居委"
                        + "会主任一肩挑。",
                "牵头单位：区委组织部", "协办单位：区委编办、区民政局（区委社会工委）、园区党工委、各街道党工委");
    }

    @Test
    void itemsThatEndTheirSentencesAreNoWrappedText() {
        String[] lines = {"1.推进城镇老旧小区改造工作，完成改造任务一百个小区。", "2.推进城镇污水处理设施建设，完成建设任务十个项目。",
            "3.推进农村人居环境整治提升，完成整治任务二十个村庄。", "4.推进城乡供水一体化的建设，完成建设任务三十个村庄。",
            "5.推进农村公路提档升级工程，完成升级任务一百公里路。"};
        assertThat(join(lines)).containsExactly(lines);
    }

    @Test
    void oneLineRepeatedIsNoPageWidth() {
        String repeated = "主要协作单位：各乡镇人民政府、经济开发区管委会、县直有关单位";
        String[] lines = {repeated, "任务一", repeated, "任务二", repeated, "任务三", repeated, "任务四", repeated};
        assertThat(join(lines)).containsExactly(lines);
    }
}
