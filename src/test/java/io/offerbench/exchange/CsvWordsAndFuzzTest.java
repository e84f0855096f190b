package io.offerbench.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.offerbench.domain.EquityType;
import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferField;
import io.offerbench.domain.OfferType;
import io.offerbench.domain.PublicationPolicy;
import io.offerbench.domain.Seniority;
import java.io.StringReader;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A spreadsheet may use the window's own words, the documented codes and common synonyms, in any
 * case; anything else is refused with its line, column, value and the accepted forms — never an
 * exception's text, whatever random value is in whichever column.
 */
class CsvWordsAndFuzzTest {

    @Test
    void theWindowsWordsAndCommonSynonymsAreAccepted() throws Exception {
        Offer o = one("company,currency,base_salary,offer_type,seniority,equity_total,equity_type,publication_policy,remote,team_fit\n"
                + "Acme,RMB,500000,Frontier AI lab,new-grad phd,100000,private,Review before publishing,Yes,4\n");
        assertThat(o.type()).isEqualTo(OfferType.FRONTIER_LAB);
        assertThat(o.seniority()).isEqualTo(Seniority.NEW_GRAD_PHD);
        assertThat(o.equity().type()).isEqualTo(EquityType.PRIVATE_EQUITY);
        assertThat(o.criteria().publicationPolicy()).isEqualTo(PublicationPolicy.REVIEW_BEFORE_PUBLISHING);
        assertThat(o.currency().code()).isEqualTo("CNY");
        assertThat(o.location().remote()).isTrue();
        assertThat(one("company,currency,base_salary\nA,元,1\n").currency().code()).isEqualTo("CNY");
        assertThat(one("company,currency,base_salary,offer_type\nA,USD,1,FRONTIER_LAB\n").type()).isEqualTo(OfferType.FRONTIER_LAB);
        assertThat(one("company,currency,base_salary,remote\nA,USD,1,no\n").location().remote()).isFalse();
    }

    @Test
    void anUnknownEquityTypeNamesTheLineColumnValueAndAcceptedForms() {
        CsvImportException e = catchThrowableOfType(() -> one("company,currency,base_salary,equity_total,equity_type\n"
                + "Acme,USD,150000,1000,shares maybe\n"), CsvImportException.class);
        assertThat(e.errors()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("equity_type");
            assertThat(p.message()).contains("shares maybe").contains("public_rsu").contains("private_options")
                    .contains("Public company RSUs");
        });
    }

    @Test
    void randomValuesInEveryColumnGetALineNumberAndNeverAnExceptionsText() throws Exception {
        Random random = new Random(14);
        String alphabet = "aZ09 -./,;:%$€¥元'\"\\\t_+e#()[]{}?!*&^~`|<>=\u00e9\u4e2d\u0000\u2013";
        for (OfferField field : OfferField.values()) {
            for (int trial = 0; trial < 40; trial++) {
                StringBuilder v = new StringBuilder();
                int length = 1 + random.nextInt(12);
                for (int i = 0; i < length; i++) {
                    v.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                String value = "\"" + v.toString().replace("\"", "\"\"") + "\"";
                boolean required = field == OfferField.COMPANY || field == OfferField.CURRENCY || field == OfferField.BASE_SALARY;
                String header = "company,currency,base_salary" + (required ? "" : "," + field.key());
                String row = switch (field) {
                    case COMPANY -> value + ",USD,150000";
                    case CURRENCY -> "Acme," + value + ",150000";
                    case BASE_SALARY -> "Acme,USD," + value;
                    default -> "Acme,USD,150000," + value;
                };
                try {
                    OfferCsvImporter.parse(new StringReader(header + "\n" + row + "\n"), "fuzz.csv");
                } catch (CsvImportException e) {
                    assertThat(e.errors()).as(field.key() + " = " + value).isNotEmpty().allSatisfy(p -> {
                        assertThat(p.line()).as(p.toString()).isPositive();
                        assertThat(p.message()).as(p.toString()).doesNotContain("Exception").doesNotContain("java.")
                                .doesNotContain("null").isNotBlank();
                    });
                } catch (RuntimeException e) {
                    throw new AssertionError(field.key() + " = " + value + " escaped as " + e, e);
                }
            }
        }
    }

    private static Offer one(String csv) throws Exception {
        return OfferCsvImporter.parse(new StringReader(csv), "t.csv").offers().get(0);
    }
}
