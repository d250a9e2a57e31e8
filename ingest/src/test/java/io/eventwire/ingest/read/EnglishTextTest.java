package io.eventwire.ingest.read;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class EnglishTextTest {

    static final String GERMAN = "Bei einem Raketenangriff auf die Stadt sind nach Angaben der örtlichen Behörden "
            + "mindestens zwölf Menschen getötet worden. Dutzende weitere wurden verletzt, als die Geschosse am "
            + "frühen Morgen in ein Wohnviertel einschlugen. Die Rettungskräfte suchten bis zum Abend nach "
            + "Überlebenden unter den Trümmern, teilte der Bürgermeister mit.";
    static final String FRENCH = "Les deux dirigeants se sont entretenus par téléphone mardi soir pendant près "
            + "d'une heure, selon un communiqué de la présidence. Ils ont évoqué la situation sur le front, les "
            + "livraisons d'armes et un éventuel échange de prisonniers dans les semaines à venir.";
    static final String SPANISH = "El gobierno anunció el jueves la suspensión temporal de los envíos de armas "
            + "a su aliado, una decisión que según los analistas responde a la presión de la opinión pública y a "
            + "las dudas sobre el uso de las municiones en zonas densamente pobladas del país.";
    static final String RUSSIAN = "В результате удара по городу погибли по меньшей мере двенадцать человек, "
            + "ещё несколько десятков получили ранения, сообщили местные власти в четверг утром.";
    static final String CHINESE = "两国领导人周二晚间通电话，双方就前线局势、武器交付以及未来几周可能进行的战俘交换交换了意见。"
            + "据官方声明，通话持续了将近一个小时，气氛坦诚而务实。";

    @Test
    void otherLanguagesAreNotEnglish() {
        assertThat(List.of(GERMAN, FRENCH, SPANISH, RUSSIAN, CHINESE))
                .allSatisfy(text -> assertThat(EnglishText.looksEnglish(text)).as(text).isFalse());
    }

    @Test
    void shortOrOddEnglishPasses() {
        assertThat(EnglishText.looksEnglish("")).isTrue();
        assertThat(EnglishText.looksEnglish("Kyiv.")).isTrue();
        assertThat(EnglishText.looksEnglish("Two leaders spoke by phone.")).isTrue();
        assertThat(EnglishText.looksEnglish("KHARKIV, Ukraine (Reuters) - Russian missiles hit Kharkiv overnight, "
                + "killing at least seven people and wounding 21, regional governor Oleh Synehubov said.")).isTrue();
        assertThat(EnglishText.looksEnglish("Home | World | Politics | Sport | Business | Opinion\n\n"
                + "Zelenskiy, Macron discuss air defence, Patriot systems, sanctions; Kremlin denies report")).isTrue();
        assertThat(EnglishText.looksEnglish("a".repeat(1 << 20))).isTrue();
    }

    @Test
    void everyEnglishArticleWeHavePasses() throws IOException {
        List<Path> texts = new ArrayList<>();
        for (Path dir : List.of(Path.of("..", "samples"), Path.of("..", "..", "shared", "corpus", "dev"),
                Path.of("..", "..", "shared", "corpus", "seeds"))) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    files.filter(f -> f.toString().endsWith(".txt")).forEach(texts::add);
                }
            }
        }
        assertThat(texts).isNotEmpty();
        for (Path text : texts) {
            assertThat(EnglishText.looksEnglish(Files.readString(text))).as("%s is English", text).isTrue();
        }
    }
}
