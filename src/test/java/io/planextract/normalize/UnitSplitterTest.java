package io.planextract.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** RULES §5: splitting unit cells. */
class UnitSplitterTest {
    @Test
    void splitsAtListPunctuationNewLinesAndSpaces() {
        assertThat(UnitSplitter.split("区财政局，区税务局；区司法局\n区民政局 区教育和体育局"))
                .containsExactly("区财政局", "区税务局", "区司法局", "区民政局", "区教育和体育局");
    }

    @Test
    void splitsAtEnumerationComma() {
        assertThat(UnitSplitter.split("区自然资源局、区住房城乡建设局"))
                .containsExactly("区自然资源局", "区住房城乡建设局");
    }

    @Test
    void neverSplitsInsideBrackets() {
        assertThat(UnitSplitter.split("各镇、街道（含周村经济开发区管委会，下同）"))
                .containsExactly("各镇、街道（含周村经济开发区管委会，下同）");
        assertThat(UnitSplitter.split("区委统筹疫情防控领导小组（指挥部、办公室）成员单位"))
                .containsExactly("区委统筹疫情防控领导小组（指挥部、办公室）成员单位");
    }

    @Test
    void bareGenericFragmentStaysWithTheNameBefore() {
        assertThat(UnitSplitter.split("区政府各部门、单位，各镇政府、街道办事处"))
                .containsExactly("区政府各部门、单位", "各镇政府、街道办事处");
    }

    @Test
    void conjunctionSplitsOnlyBetweenUnitEndAndUnitStart() {
        assertThat(UnitSplitter.split("周村经济开发区管委会和区政府各部门单位"))
                .containsExactly("周村经济开发区管委会", "区政府各部门单位");
        assertThat(UnitSplitter.split("区卫生健康局及区委统筹工作领导小组成员单位"))
                .containsExactly("区卫生健康局", "区委统筹工作领导小组成员单位");
        assertThat(UnitSplitter.split("区文化和旅游局")).containsExactly("区文化和旅游局");
        assertThat(UnitSplitter.split("县人力资源和社会保障局")).containsExactly("县人力资源和社会保障局");
    }

    @Test
    void dengGivesTheUnitAndThePlaceholder() {
        assertThat(UnitSplitter.split("区投资促进局等相关部门")).containsExactly("区投资促进局", "相关部门");
        assertThat(UnitSplitter.split("区生态环境分局等部门")).containsExactly("区生态环境分局", "部门");
        assertThat(UnitSplitter.split("区市场监管局等区政府各有关部门")).containsExactly("区市场监管局", "区政府各有关部门");
        assertThat(UnitSplitter.split("区财政局、区税务局等")).containsExactly("区财政局", "区税务局");
    }

    @Test
    void trailingVerbsGoAndDuplicatesDrop() {
        assertThat(UnitSplitter.split("区政府各部门落实，区财政局配合，区财政局"))
                .containsExactly("区政府各部门", "区财政局");
    }

    @Test
    void genericFragmentFollowedByAVerbStillStaysWithTheNameBefore() {
        assertThat(UnitSplitter.split("各镇、街道办事处具体负责")).containsExactly("各镇、街道办事处");
    }

    @Test
    void emptyTextHasNoUnits() {
        assertThat(UnitSplitter.split(null)).isEmpty();
        assertThat(UnitSplitter.split("  ")).isEmpty();
    }

    @Test
    void dutyTailsOfAnyLengthGo() {
        assertThat(UnitSplitter.split("区财政局、区税务局按照职责分工分别负责")).containsExactly("区财政局", "区税务局");
        assertThat(UnitSplitter.split("区财政局、区税务局等参与")).containsExactly("区财政局", "区税务局");
    }

    @Test
    void dengWithRelatedDepartmentsAfterAnyUnitEnding() {
        assertThat(UnitSplitter.split("各乡镇街道等相关部门")).containsExactly("各乡镇街道", "相关部门");
    }

    @Test
    void aListOfLevelsSharingOneOrganStaysWhole() {
        assertThat(UnitSplitter.split("市经信局、各县、市、区政府")).containsExactly("市经信局", "各县、市、区政府");
        assertThat(UnitSplitter.split("市财政局、各县市、区政府")).containsExactly("市财政局", "各县市、区政府");
        assertThat(UnitSplitter.split("市统计局、各乡、镇人民政府、人民大垸"))
                .containsExactly("市统计局", "各乡、镇人民政府", "人民大垸");
        assertThat(UnitSplitter.split("国家开发银行云南省分行,各州、市人民政府配合"))
                .containsExactly("国家开发银行云南省分行", "各州、市人民政府");
        assertThat(UnitSplitter.split("各縣、特區、區人民政府,各經濟開發區管委會"))
                .containsExactly("各縣、特區、區人民政府", "各經濟開發區管委會");
    }

    @Test
    void levelWordsWithoutTheClosingOrganStayApart() {
        assertThat(UnitSplitter.split("各县、市直各部门")).containsExactly("各县", "市直各部门");
    }

    @Test
    void aConjunctionBeforeAPrefectureLevelSplits() {
        assertThat(UnitSplitter.split("州委编办及州直相关单位")).containsExactly("州委编办", "州直相关单位");
    }

    @Test
    void theFullStopThatEndsAListIsNoPartOfTheLastUnit() {
        assertThat(UnitSplitter.split("谯城经开区管委会,魏武国控集团。")).containsExactly("谯城经开区管委会", "魏武国控集团");
    }

    @Test
    void aSentenceEndingInAFullStopDoesNotLookLikeUnits() {
        assertThat(UnitNames.looksLikeUnits("建成投用中小学3所,新增学位3800位。")).isFalse();
        assertThat(UnitNames.looksLikeUnits("区政府各部门,魏武国控集团。")).isTrue();
    }

    @Test
    void theVillagesNamedWithTheirBracketAreAUnitAndAVillageWordAloneIsNot() {
        assertThat(UnitNames.looksLikeUnits("村(社区)")).isTrue();
        assertThat(UnitNames.looksLikeUnits("各村（居、场）")).isTrue();
        assertThat(UnitNames.looksLikeUnits("建设美丽乡村")).isFalse();
    }
}
