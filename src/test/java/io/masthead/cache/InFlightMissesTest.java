package io.masthead.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InFlightMissesTest {
    private final InFlightMisses misses = new InFlightMisses();
    private final List<String> resumed = new ArrayList<>();

    @Test
    void shouldLetTheFirstMissRenderAndResumeTheOthersWhenItEnds() {
        InFlightMisses.Render render = misses.lead("/a", () -> resumed.add("leader"));
        assertNull(misses.lead("/a", () -> resumed.add("second")));
        assertNull(misses.lead("/a", () -> resumed.add("third")));

        assertNotNull(render);
        assertEquals(List.of(), resumed, "nobody resumes before the render ends");

        misses.end("/a", render);

        assertEquals(List.of("second", "third"), resumed);
    }

    @Test
    void shouldKeepKeysApart() {
        InFlightMisses.Render a = misses.lead("/a", () -> resumed.add("a"));
        InFlightMisses.Render b = misses.lead("/b", () -> resumed.add("b"));

        assertNotNull(a);
        assertNotNull(b);
        misses.end("/a", a);
        assertEquals(List.of(), resumed);
    }

    @Test
    void shouldStartANewRenderAfterTheLastEndedAndIgnoreALateSecondEnd() {
        InFlightMisses.Render first = misses.lead("/a", () -> resumed.add("leader"));
        misses.end("/a", first);
        InFlightMisses.Render second = misses.lead("/a", () -> resumed.add("new leader"));
        assertNull(misses.lead("/a", () -> resumed.add("waiter of the second")));

        misses.end("/a", first);

        assertNotNull(second);
        assertEquals(List.of(), resumed, "the first render's late end must not release the second's waiters");
        misses.end("/a", second);
        assertEquals(List.of("waiter of the second"), resumed);
    }
}
