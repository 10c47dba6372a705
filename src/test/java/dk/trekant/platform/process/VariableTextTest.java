package dk.trekant.platform.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VariableTextTest {

    @Test
    void aTextThatFitsIsKeptAsItIs() {
        String full = "æ".repeat(VariableText.MAX_LENGTH);
        assertThat(VariableText.fit(full)).isSameAs(full);
        assertThat(VariableText.fit(null)).isNull();
        assertThat(VariableText.fit("")).isEmpty();
    }

    @Test
    void aLongerTextIsCutToTheColumnWithAnEllipsis() {
        String fitted = VariableText.fit("ø".repeat(VariableText.MAX_LENGTH + 1));
        assertThat(fitted).hasSize(VariableText.MAX_LENGTH).endsWith("…").startsWith("øøø");
        assertThat(VariableText.fit("Slagsmål ved stationen", 10)).isEqualTo("Slagsmål…");
    }

    @Test
    void aCutNeverSplitsACharacterOutsideTheBasicPlane() {
        String emoji = "\uD83D\uDE00"; // one character, two chars
        String fitted = VariableText.fit("a".repeat(8) + emoji + "bbbb", 10);
        assertThat(fitted).isEqualTo("aaaaaaaa…");
        assertThat(fitted.codePoints().allMatch(Character::isValidCodePoint)).isTrue();
        assertThat(Character.isHighSurrogate(fitted.charAt(fitted.length() - 2))).isFalse();
    }

    @Test
    void noRoomOutsideTheColumn() {
        assertThatThrownBy(() -> VariableText.fit("x", VariableText.MAX_LENGTH + 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VariableText.fit("x", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
