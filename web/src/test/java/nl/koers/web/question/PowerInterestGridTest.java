package nl.koers.web.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import nl.koers.web.question.PowerInterestGrid.Area;
import nl.koers.web.question.PowerInterestGrid.Dot;
import nl.koers.web.question.PowerInterestGrid.Point;
import org.junit.jupiter.api.Test;

class PowerInterestGridTest {

    private static Area area(PowerInterestGrid grid, String quadrant) {
        return grid.areas().stream().filter(a -> a.quadrant().equals(quadrant)).findFirst().orElseThrow();
    }

    private static boolean inside(Area area, Dot dot) {
        return dot.x() > area.x() && dot.x() < area.x() + area.width() && dot.y() > area.y() && dot.y() < area.y() + area.height();
    }

    private static Dot only(List<Point> points) {
        return PowerInterestGrid.of(points).dots().getFirst();
    }

    @Test
    void putsHighInfluenceOnTopAndHighInterestOnTheRight() {
        Dot powerful = only(List.of(new Point("Bestuurder", 5, 1, false)));
        Dot interested = only(List.of(new Point("Docenten", 1, 5, false)));

        assertThat(powerful.y()).isLessThan(interested.y());
        assertThat(interested.x()).isGreaterThan(powerful.x());
    }

    @Test
    void placesEachStakeholderInTheQuadrantTheApiNamesWithThreeCountingAsHigh() {
        PowerInterestGrid grid = PowerInterestGrid.of(List.of());
        for (int influence = 1; influence <= 5; influence++) {
            for (int interest = 1; interest <= 5; interest++) {
                String quadrant = influence >= 3 ? (interest >= 3 ? "MANAGE_CLOSELY" : "KEEP_SATISFIED")
                        : (interest >= 3 ? "KEEP_INFORMED" : "MONITOR");
                Dot dot = only(List.of(new Point("x", influence, interest, false)));
                assertThat(inside(area(grid, quadrant), dot)).as("influence %d, interest %d in %s", influence, interest, quadrant).isTrue();
            }
        }
    }

    @Test
    void coversTheWholePlotWithFourQuadrantsThatDoNotOverlap() {
        List<Area> areas = PowerInterestGrid.of(List.of()).areas();

        assertThat(areas).extracting(Area::quadrant).containsExactlyInAnyOrder("MANAGE_CLOSELY", "KEEP_SATISFIED", "KEEP_INFORMED", "MONITOR");
        assertThat(areas.stream().mapToInt(a -> a.width() * a.height()).sum())
                .isEqualTo((PowerInterestGrid.RIGHT - PowerInterestGrid.LEFT) * (PowerInterestGrid.BOTTOM - PowerInterestGrid.TOP));
        assertThat(areas).allSatisfy(a -> {
            assertThat(a.x() + a.width()).isLessThanOrEqualTo(PowerInterestGrid.WIDTH);
            assertThat(a.y() + a.height()).isLessThanOrEqualTo(PowerInterestGrid.HEIGHT);
            assertThat(a.labelX()).isBetween(a.x(), a.x() + a.width());
            assertThat(a.labelY()).isBetween(a.y(), a.y() + PowerInterestGrid.BAND);
        });
        assertThat(area(PowerInterestGrid.of(List.of()), "MANAGE_CLOSELY").cssClass())
                .isEqualTo("koers-grid__area koers-grid__area--manage-closely");
    }

    @Test
    void keepsNameLabelsOutOfTheQuadrantNameBands() {
        PowerInterestGrid grid = PowerInterestGrid.of(List.of(new Point("Top", 5, 3, false), new Point("Onder", 2, 1, false)));

        for (Dot dot : grid.dots()) {
            Area area = grid.areas().stream().filter(a -> inside(a, dot)).findFirst().orElseThrow();
            assertThat(dot.y() - 6).as(dot.name()).isGreaterThan(area.y() + PowerInterestGrid.BAND);
        }
    }

    @Test
    void stacksStakeholdersWithTheSameScoresInsideTheirCell() {
        List<Point> same = IntStream.range(0, 3).mapToObj(i -> new Point("Collega " + i, 4, 4, false)).toList();

        List<Dot> dots = PowerInterestGrid.of(same).dots();

        assertThat(dots).hasSize(3).extracting(Dot::x).containsOnly(dots.getFirst().x());
        assertThat(dots).extracting(Dot::y).doesNotHaveDuplicates();
        int cellTop = PowerInterestGrid.rowTop(4);
        assertThat(dots).allSatisfy(d -> assertThat(d.y()).isBetween(cellTop, cellTop + PowerInterestGrid.CELL_HEIGHT));
        assertThat(dots.get(1).y() - dots.get(0).y()).isEqualTo(PowerInterestGrid.SPACING);
    }

    @Test
    void countsWhoDoesNotFitInAFullCell() {
        List<Point> crowd = IntStream.range(0, 8).mapToObj(i -> new Point("Docent " + i, 2, 4, true)).toList();

        PowerInterestGrid grid = PowerInterestGrid.of(crowd);

        assertThat(grid.dots()).hasSize(PowerInterestGrid.MAX_PER_CELL - 1);
        assertThat(grid.overflows()).singleElement().satisfies(o -> {
            assertThat(o.count()).isEqualTo(8 - (PowerInterestGrid.MAX_PER_CELL - 1));
            assertThat(o.y()).isLessThan(PowerInterestGrid.rowTop(2) + PowerInterestGrid.CELL_HEIGHT);
        });
        assertThat(grid.dots()).allMatch(Dot::toInvolve);
    }

    @Test
    void shortensLongNamesForTheGridOnly() {
        Dot dot = only(List.of(new Point("  Kwaliteitszorgmedewerker  ", 3, 3, false)));

        assertThat(dot.name()).isEqualTo("  Kwaliteitszorgmedewerker  ");
        assertThat(dot.label()).isEqualTo("Kwaliteitsz…").hasSize(PowerInterestGrid.LABEL_CHARS);
        assertThat(PowerInterestGrid.label("Teamleider")).isEqualTo("Teamleider");
        assertThat(PowerInterestGrid.label(null)).isEmpty();
    }

    @Test
    void keepsScoresOutsideOneToFiveOnTheGrid() {
        Dot tooHigh = only(List.of(new Point("x", 9, 0, false)));
        Dot top = only(List.of(new Point("x", 5, 1, false)));

        assertThat(tooHigh).extracting(Dot::x, Dot::y).containsExactly(top.x(), top.y());
    }

    @Test
    void putsTicksAndAxisTitlesInsideTheViewBox() {
        PowerInterestGrid grid = PowerInterestGrid.of(List.of());

        assertThat(grid.viewBox()).isEqualTo("0 0 640 580");
        assertThat(grid.interestTicks()).extracting(PowerInterestGrid.Tick::value).containsExactly(1, 2, 3, 4, 5);
        assertThat(grid.influenceTicks()).extracting(PowerInterestGrid.Tick::value).containsExactly(5, 4, 3, 2, 1);
        assertThat(grid.interestTicks()).allSatisfy(t -> assertThat(t.y()).isBetween(PowerInterestGrid.BOTTOM, PowerInterestGrid.HEIGHT));
        assertThat(grid.interestTitleY()).isLessThan(PowerInterestGrid.HEIGHT);
        assertThat(grid.influenceTitleTransform()).isEqualTo("rotate(-90 22 263)");
    }
}
