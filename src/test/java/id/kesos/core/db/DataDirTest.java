package id.kesos.core.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirTest {
    @Test
    void optionWinsOverEnvironmentWhichWinsOverDefault() {
        Map<String, String> env = Map.of("KESOS_DATA_DIR", "/srv/kesos-env");
        assertEquals(Path.of("/srv/opsi"), DataDir.resolve("/srv/opsi", env, "Linux", "/home/op").path());
        assertEquals(Path.of("/srv/kesos-env"), DataDir.resolve(null, env, "Linux", "/home/op").path());
        assertEquals(Path.of("/home/op/.local/share/kesos-kecamatan"), DataDir.resolve(null, Map.of(), "Linux", "/home/op").path());
    }

    @Test
    void perUserDataFolderOfEachSystem() {
        assertEquals(Path.of("/xdg/kesos-kecamatan"),
                DataDir.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"), "Linux", "/home/op").path());
        assertEquals(Path.of("/home/op/Library/Application Support/Kesos Kecamatan"),
                DataDir.resolve(null, Map.of(), "Mac OS X", "/home/op").path());
        assertEquals(Path.of("/lad/KesosKecamatan"),
                DataDir.resolve(null, Map.of("LOCALAPPDATA", "/lad"), "Windows 11", "/home/op").path());
    }
}
