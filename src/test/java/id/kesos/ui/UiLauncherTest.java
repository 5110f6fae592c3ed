package id.kesos.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UiLauncherTest {
    @Test
    void screenIsDetected() {
        assertFalse(UiLauncher.adaLayar("Linux", null, null, null));
        assertFalse(UiLauncher.adaLayar("Linux", " ", "", null));
        assertTrue(UiLauncher.adaLayar("Linux", ":0", null, null));
        assertTrue(UiLauncher.adaLayar("Linux", null, "wayland-0", null));
        assertTrue(UiLauncher.adaLayar("Linux", null, null, "Monocle"));
        assertTrue(UiLauncher.adaLayar("Windows 11", null, null, null));
    }
}
