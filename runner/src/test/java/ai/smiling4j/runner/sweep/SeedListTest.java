package ai.smiling4j.runner.sweep;

import ai.smiling4j.runner.UserError;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SeedListTest {

    @Test
    void rangesListsAndBoth() {
        assertEquals(List.of(0, 1, 2, 3, 4), SeedList.parse("0-4").seeds());
        assertEquals(List.of(0, 3, 7), SeedList.parse("0,3,7").seeds());
        assertEquals(List.of(5), SeedList.parse("5").seeds());
        assertEquals(List.of(0, 1, 2, 10), SeedList.parse("0-2, 10").seeds());
    }

    @Test
    void badSyntaxIsOneSentence() {
        for (String bad : List.of("", "a", "4-1", "1-", "-3", "0,,2", "1.5", "99999999999")) {
            UserError e = assertThrows(UserError.class, () -> SeedList.parse(bad), bad);
            assertEquals("--seeds " + bad + " is not a list of seeds; write a range like 0-4, a list like 0,3,7,"
                    + " or both like 0-2,10", e.getMessage());
        }
        assertEquals("--seeds 0-2,1 names seed 1 twice", assertThrows(UserError.class, () -> SeedList.parse("0-2,1")).getMessage());
    }
}
