package dk.trekant.platform.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Trekant's own API: permission before the body is read ({@link PermissionBeforeBody}). */
@Configuration(proxyBeanMethods = false)
class ApiInterceptors implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PermissionBeforeBody()).addPathPatterns("/api/**");
    }
}
