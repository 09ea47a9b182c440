package nl.koers.local.idp;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The login page's language: Dutch unless the person chose English ({@code ?lang=en}, remembered in a cookie for
 * a year) or, before any choice, their browser prefers English over Dutch.
 *
 * <p>The rules and the cookie name {@code koers-lang} are the web app's. Browsers do not separate cookies by
 * port, so on the local stack (both on 127.0.0.1) the language chosen in the web app is the one this page opens
 * in. The messages come from {@code messages_nl} and {@code messages_en} without a base bundle, which Spring
 * Boot's own message source would need, hence the explicit one.
 */
@Configuration(proxyBeanMethods = false)
class LoginLanguageConfig implements WebMvcConfigurer {

    static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final List<Locale> SUPPORTED = List.of(DUTCH, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("koers-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        resolver.setCookieHttpOnly(true);
        resolver.setDefaultLocaleFunction(LoginLanguageConfig::fromBrowser);
        return resolver;
    }

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(DUTCH);
        return messages;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(new OnlySupported(change));
    }

    static Locale fromBrowser(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return DUTCH;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return best == null ? DUTCH : best;
        } catch (IllegalArgumentException malformed) {
            return DUTCH;
        }
    }

    /** Lets {@code ?lang=} switch only to a language there are texts for. */
    private record OnlySupported(LocaleChangeInterceptor change) implements HandlerInterceptor {
        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
            String wanted = request.getParameter("lang");
            if (wanted == null || SUPPORTED.stream().noneMatch(locale -> locale.getLanguage().equals(wanted))) {
                return true;
            }
            return change.preHandle(request, response, handler);
        }
    }
}
