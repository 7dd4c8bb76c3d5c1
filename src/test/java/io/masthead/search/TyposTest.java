package io.masthead.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TyposTest {
    @Test
    void shouldAcceptOneWrongMissingExtraOrSwappedLetter() {
        assertTrue(Typos.oneApart("atomwafen", "atomwaffen"));
        assertTrue(Typos.oneApart("atomwaffen", "atomwafen"));
        assertTrue(Typos.oneApart("atomwaffe", "atomwaffen"));
        assertTrue(Typos.oneApart("atomwaffne", "atomwaffen"));
        assertTrue(Typos.oneApart("atomwoffen", "atomwaffen"));
        assertTrue(Typos.oneApart("bundnis", "bündnis"));
        assertTrue(Typos.oneApart("xatomwaffen", "atomwaffen"));
    }

    @Test
    void shouldRefuseTheSameWordAndTwoTypos() {
        assertFalse(Typos.oneApart("atomwaffen", "atomwaffen"));
        assertFalse(Typos.oneApart("atomwafe", "atomwaffen"));
        assertFalse(Typos.oneApart("atmowafen", "atomwaffen"));
        assertFalse(Typos.oneApart("abcd", "badc"));
        assertFalse(Typos.oneApart("nato", "natoxx"));
    }
}
