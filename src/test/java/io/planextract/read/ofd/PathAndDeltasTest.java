package io.planextract.read.ofd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PathAndDeltasTest {
    @Test
    void gRepeatsADistance() {
        assertThat(Deltas.expand("g 3 4.2 1 2", 10)).containsExactly(4.2, 4.2, 4.2, 1, 2);
    }

    @Test
    void expansionStopsAtTheNumberOfCharacters() {
        assertThat(Deltas.expand("g 2000000000 1", 3)).containsExactly(1, 1, 1);
    }

    @Test
    void unreadableDistancesAreSkipped() {
        assertThat(Deltas.expand("1 x NaN 2 g", 5)).containsExactly(1, 2);
    }

    @Test
    void aRectangleIsOneClosedSubpath() {
        List<List<double[]>> paths = AbbreviatedData.subpaths("M 0 0 L 10 0 L 10 5 L 0 5 C");

        assertThat(paths).singleElement().satisfies(p -> {
            assertThat(p).hasSize(5);
            assertThat(p.get(4)).containsExactly(0, 0, 0);
        });
    }

    @Test
    void thePointACurveReachesIsFlaggedSoItsEdgeIsNoRule() {
        List<List<double[]>> paths = AbbreviatedData.subpaths("M 0 0 B 1 1 2 2 10 0 L 20 0");

        assertThat(paths.get(0).get(1)[2]).isEqualTo(1);
        assertThat(paths.get(0).get(2)[2]).isEqualTo(0);
    }

    @Test
    void aTruncatedCommandIsSkipped() {
        assertThat(AbbreviatedData.subpaths("M 0 0 L 5")).singleElement().satisfies(p -> assertThat(p).hasSize(1));
    }

    @Test
    void packagePathsResolveAgainstTheReferringPart() {
        assertThat(OfdPackage.resolve("Doc_0/Document.xml", "Pages/Page_0/Content.xml"))
                .isEqualTo("Doc_0/Pages/Page_0/Content.xml");
        assertThat(OfdPackage.resolve("Doc_0/Document.xml", "/Doc_0/Tpls/Tpl_0/Content.xml"))
                .isEqualTo("Doc_0/Tpls/Tpl_0/Content.xml");
        assertThat(OfdPackage.resolve("Doc_0/Pages/Page_0/Content.xml", "../../Res/a.xml"))
                .isEqualTo("Doc_0/Res/a.xml");
    }
}
