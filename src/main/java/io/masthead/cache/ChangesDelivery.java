package io.masthead.cache;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a write to something that many delivery responses show (tags, sections, media, the site): when its
 * transaction commits, every cached response goes. Article writes need no mark; they announce themselves with
 * {@link io.masthead.article.ArticleChanged}, which removes exactly what shows the article.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ChangesDelivery {
}
