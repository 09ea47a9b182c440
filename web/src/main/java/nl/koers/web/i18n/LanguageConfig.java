package nl.koers.web.i18n;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Dutch by default, English on request. The switch on every page ({@code ?lang=en}) is remembered in a
 * cookie for a year; without that choice the browser's Accept-Language decides between the two, and anything
 * else is Dutch. (Without an Accept-Language header {@code request.getLocale()} would be the JVM's default,
 * English, so the header itself is read.)
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfig implements WebMvcConfigurer {

    static final Locale DUTCH = Locale.forLanguageTag("nl");
    static final List<Locale> SUPPORTED = List.of(DUTCH, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("koers-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        resolver.setCookieHttpOnly(true);
        resolver.setDefaultLocaleFunction(LanguageConfig::fromBrowser);
        return resolver;
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

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(new OnlySupported(change));
    }

    /** Lets {@code ?lang=} switch only to a language Koers has texts for. */
    private record OnlySupported(LocaleChangeInterceptor change) implements org.springframework.web.servlet.HandlerInterceptor {
        @Override
        public boolean preHandle(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response, Object handler)
                throws jakarta.servlet.ServletException {
            String lang;
            try {
                lang = request.getParameter("lang");
            } catch (RuntimeException unreadableBody) {
                // A form body the server refuses to read (an upload too large): its handler says so; no switch here.
                return true;
            }
            if (lang != null && SUPPORTED.stream().anyMatch(l -> l.getLanguage().equals(lang))) {
                return change.preHandle(request, response, handler);
            }
            return true;
        }
    }
}
