package nl.koers.web.layout;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The same URL answers a whole page or, for htmx, a fragment: {@code Vary: HX-Request} keeps caches from
 * handing one out for the other, and pages are never stored (they hold personal data).
 */
@Configuration(proxyBeanMethods = false)
class HtmxHeaders implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                response.addHeader("Vary", "HX-Request");
                return true;
            }
        }).excludePathPatterns("/css/**", "/js/**", "/img/**", "/webjars/**");
    }
}
