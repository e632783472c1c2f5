package org.scrutineer.pages;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalPathsTests {

    @Test
    void onlyAPlainPathOnThisSiteIsFollowed() {
        assertThat(LocalPaths.orHome("/reports/abc-cycle-1:v2?x=1")).isEqualTo("/reports/abc-cycle-1:v2?x=1");
        assertThat(LocalPaths.orHome("/tasks/a%20b")).isEqualTo("/tasks/a%20b");
        // elsewhere, or what a redirect could not carry (an attack found a blank page after signing in)
        for (String path : new String[]{null, "", "//evil.example", "/\\evil.example", "https://evil.example",
                "javascript:alert(1)", "/\u3002evil", "/\u00e9", "/..//evil.example", "/a/../b", "/a b", "/x\ty"}) {
            assertThat(LocalPaths.orHome(path)).as(String.valueOf(path)).isEqualTo("/");
        }
    }
}
