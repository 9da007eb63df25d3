package org.carecast.guardrail.internal.phi;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ChecksumsTests {

	@ParameterizedTest
	@CsvSource({ "512449083, true", "000449083, false", "666449083, false", "912449083, false", "512009083, false",
			"512440000, false", "51244908, false" })
	void ssnValidityRules(String digits, boolean valid) {
		assertThat(Checksums.validSsn(digits)).isEqualTo(valid);
	}

	@ParameterizedTest
	@CsvSource({ "1M8GDM9AXKP042788, true", "1M8GDM9A1KP042788, false", "11111111111111111, true",
			"1HGCM82633A004352, true", "1HGCM82633A004353, false", "1HGCM8263IA004352, false" })
	void vinCheckDigit(String vin, boolean valid) {
		assertThat(Checksums.validVin(vin)).isEqualTo(valid);
	}

	@ParameterizedTest
	@CsvSource({ "4111111111111111, true", "4111111111111112, false", "1234567812345670, true" })
	void luhn(String digits, boolean valid) {
		assertThat(Checksums.validLuhn(digits)).isEqualTo(valid);
	}

	@ParameterizedTest
	@CsvSource({ "1EG4TE5MK73, true", "2KT7RN4GH61, true", "0EG4TE5MK73, false", "1SG4TE5MK73, false",
			"1EG4TE5MK7, false" })
	void medicareBeneficiaryIdentifierLayout(String mbi, boolean valid) {
		assertThat(Checksums.validMbi(mbi)).isEqualTo(valid);
	}

	@ParameterizedTest
	@CsvSource({ "GB82WEST12345698765432, true", "GB82WEST12345698765433, false", "DE89370400440532013000, true" })
	void ibanMod97(String iban, boolean valid) {
		assertThat(Checksums.validIban(iban)).isEqualTo(valid);
	}

	@ParameterizedTest
	@CsvSource({ "9434765919, true", "9434765918, false" })
	void nhsNumberModulus11(String digits, boolean valid) {
		assertThat(Checksums.validNhsNumber(digits)).isEqualTo(valid);
	}

}
