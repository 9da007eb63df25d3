package org.carecast.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Describes the API's authentication so that Swagger UI offers "Authorize" for a personal
 * API token; the API accepts nothing else.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String API_TOKEN = "apiToken";

	@Bean
	OpenAPI carecastOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Carecast API")
				.version("v1")
				.description("Errors are RFC 9457 problem bodies with a stable snake_case 'code'. "
						+ "Create a personal API token on 'My account'."))
			.components(new Components().addSecuritySchemes(API_TOKEN,
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.description("A personal API token: cc_...")))
			.addSecurityItem(new SecurityRequirement().addList(API_TOKEN));
	}

}
