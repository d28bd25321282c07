package eu.oppose.letters.control;

import eu.oppose.letters.control.Addresses.NotAWebAddress;
import eu.oppose.letters.control.Addresses.Refusal;
import eu.oppose.letters.control.Addresses.WebAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** E-mail, host and web address syntax, as the letters and the guide resolver read them. */
class AddressesTest {

    @ParameterizedTest
    @CsvSource(delimiterString = " | ", textBlock = """
            https://www.facebook.com/settings              | https | www.facebook.com      | -1   | /settings
            HTTPS://WWW.Instagram.COM./Accounts/Edit/?a=1#b | https | www.instagram.com     | -1   | /Accounts/Edit/
            http://example.org:8443                        | http  | example.org           | 8443 | ''
            https://bücher.example/über                    | https | xn--bcher-kva.example | -1   | /über
            https://www.facebook.com/a|b^c d               | https | www.facebook.com      | -1   | /a|b^c d
            https://www.facebook.com/%zz?%                 | https | www.facebook.com      | -1   | /%zz
            """)
    void readsWebAddressesAsBrowsersShowThem(String text, String scheme, String host, int port, String path)
            throws NotAWebAddress {
        assertEquals(new WebAddress(scheme, host, port, path), Addresses.webAddress(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            not a url                               | NOT_WEB
            javascript:alert(1)                     | NOT_WEB
            ftp://www.instagram.com/                | NOT_WEB
            //www.instagram.com/                    | NOT_WEB
            https://www.facebook.com@evil.example/  | NO_HOST
            https://www.facebook.com\\@evil.example/ | NO_HOST
            https:///accounts/                      | NO_HOST
            https://example.org:99999/              | NO_HOST
            https://exa mple.org/                   | NO_HOST
            https://-example.org/                   | NO_HOST
            https://                                | MALFORMED
            """)
    void refusesWhatIsNoWebAddressSayingWhy(String text, Refusal refusal) {
        assertEquals(refusal, assertThrows(NotAWebAddress.class, () -> Addresses.webAddress(text)).refusal());
    }

    @Test
    void aLookAlikeHostIsAnotherHost() throws NotAWebAddress {
        assertEquals("www.xn--facebok-ejg.com", Addresses.webAddress("https://www.facebоok.com/").host());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org", "https://example.org:443/a?b=c#e", "http://xn--bcher-kva.example/"})
    void namesWebAddressesWorthPuttingInALetter(String text) {
        assertTrue(Addresses.looksLikeWebAddress(text));
        assertTrue(Addresses.isWebAddress(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/a b", "https://localhost/", "http://10.0.0.1:8080/", "https://a_b.example/",
            "https://example.org:port/"})
    void refusesWebAddressesALetterCannotName(String text) {
        // Through the letters' validation too: LetterValidationTest.refusesBrokenWebAddresses.
        assertFalse(Addresses.isWebAddress(text));
    }

    @Test
    void wordsAreNoWebAddress() {
        assertFalse(Addresses.looksLikeWebAddress("A post in the village group"));
        assertFalse(Addresses.looksLikeWebAddress("see https://example.org"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@b.co", "o'brien@example.ie", "Zoë.Ørsted@bücher.example", "ana@xn--e1afmkfd.xn--p1ai"})
    void acceptsEmailAddresses(String email) {
        assertTrue(Addresses.isEmail(email));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zoe@example.org.", "zoe@192.168.0.1", "zoe.@example.org", "zo..e@example.org",
            "zoe<x>@example.org", "zoe@exa_mple.org"})
    void refusesWhatIsNoEmailAddress(String email) {
        // More cases, through the letters' validation: LetterValidationTest.refusesWhatIsNoEmailAddress.
        assertFalse(Addresses.isEmail(email));
    }

    @Test
    void hostNamesNeedADomainOfLettersAndFitTheirLimits() {
        assertTrue(Addresses.isHostName("xn--e1afmkfd.xn--p1ai"));
        assertFalse(Addresses.isHostName("a".repeat(64) + ".org"), "a label of 64");
        assertFalse(Addresses.isHostName(("a".repeat(63) + ".").repeat(4) + "org"), "more than 253 in all");
        assertFalse(Addresses.isHostName("localhost"));
    }
}
