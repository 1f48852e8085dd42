package io.planextract.read.ofd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuledGridsTest {
    private static Segment h(double y, double x1, double x2) {
        return new Segment(true, y, x1, x2);
    }

    private static Segment v(double x, double y1, double y2) {
        return new Segment(false, x, y1, y2);
    }

    /** A full 2x2 grid between x 0..100 and y 0..20. */
    private static List<Segment> twoByTwo() {
        return new ArrayList<>(List.of(h(0, 0, 100), h(10, 0, 100), h(20, 0, 100),
                v(0, 0, 20), v(50, 0, 20), v(100, 0, 20)));
    }

    @Test
    void piecesOfOneRuleAreJoined() {
        List<Segment> joined = RuledGrids.join(List.of(h(10, 0, 30), h(10.2, 30, 60), h(10, 60.5, 90)));

        assertThat(joined).singleElement().satisfies(s -> {
            assertThat(s.from()).isEqualTo(0);
            assertThat(s.to()).isEqualTo(90);
        });
    }

    @Test
    void crossingRulesAreOneTableWithTheirPositionsAsEdges() {
        List<RuledGrids.Grid> grids = RuledGrids.find(twoByTwo());

        assertThat(grids).singleElement().satisfies(g -> {
            assertThat(g.xs()).containsExactly(0, 50, 100);
            assertThat(g.ys()).containsExactly(0, 10, 20);
            assertThat(g.cells().spans()).hasSize(4);
        });
    }

    @Test
    void positionsAHairApartAreOneEdge() {
        List<Segment> s = twoByTwo();
        s.set(4, v(50, 0, 10));
        s.add(v(50.6, 10, 20)); // the second row's rule drawn 0.6 mm to the right

        RuledGrids.Grid g = RuledGrids.find(s).get(0);

        assertThat(g.columns()).isEqualTo(2);
    }

    @Test
    void aMissingRuleBetweenTwoRowsMergesTheirCells() {
        List<Segment> s = twoByTwo();
        s.set(1, h(10, 50, 100)); // no rule under the first cell of the first row

        GridCells cells = RuledGrids.find(s).get(0).cells();

        assertThat(cells.spans()).containsExactly(new GridCells.Span(0, 0, 2, 1), new GridCells.Span(0, 1, 1, 1),
                new GridCells.Span(1, 1, 1, 1));
    }

    @Test
    void aBoxAroundOneWordIsNoTable() {
        List<Segment> box = List.of(h(0, 0, 40), h(10, 0, 40), v(0, 0, 10), v(40, 0, 10));

        assertThat(RuledGrids.find(box)).isEmpty();
    }

    @Test
    void separateRulingsAreSeparateTablesTopFirst() {
        List<Segment> s = new ArrayList<>();
        for (Segment t : twoByTwo()) {
            s.add(t.horizontal() ? h(t.at() + 100, t.from(), t.to()) : v(t.at(), t.from() + 100, t.to() + 100));
        }
        s.addAll(twoByTwo());

        List<RuledGrids.Grid> grids = RuledGrids.find(s);

        assertThat(grids).extracting(RuledGrids.Grid::top).containsExactly(0.0, 100.0);
    }

    @Test
    void aTableWithoutSideBordersEndsWhereItsHorizontalRulesEnd() {
        List<Segment> s = List.of(h(0, 0, 100), h(10, 0, 100), h(20, 0, 100), v(50, 0, 20));

        // one vertical rule is not enough to call it ruled: a table needs two
        assertThat(RuledGrids.find(s)).isEmpty();
        List<Segment> two = new ArrayList<>(s);
        two.add(v(75, 0, 20));
        assertThat(RuledGrids.find(two).get(0).xs()).containsExactly(0, 50, 75, 100);
    }
}
