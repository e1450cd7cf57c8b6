package dev.mizan.workbench.app;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MizanHomeTest {
    @Test
    void theSystemPropertyWinsOverTheEnvironment() {
        assertThat(MizanHome.resolve("/p", Map.of("MIZAN_HOME", "/e"), "/home/u").root()).isEqualTo(Path.of("/p"));
    }

    @Test
    void theEnvironmentWinsOverTheDefault() {
        assertThat(MizanHome.resolve(null, Map.of("MIZAN_HOME", "/e"), "/home/u").root()).isEqualTo(Path.of("/e"));
    }

    @Test
    void defaultsToTheUsersConfigFolder() {
        assertThat(MizanHome.resolve(null, Map.of(), "/home/u").root()).isEqualTo(Path.of("/home/u/.config/mizan"));
        assertThat(MizanHome.resolve("", Map.of("XDG_CONFIG_HOME", "/x"), "/home/u").pluginsDir())
                .isEqualTo(Path.of("/x/mizan/plugins"));
    }
}
