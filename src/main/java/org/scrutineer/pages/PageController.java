package org.scrutineer.pages;

import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Controller;

import java.lang.annotation.*;

/**
 * A controller of Scrutineer's own pages: its failures are answered as pages ({@link PageAdvice}), not as the
 * problem documents the API answers with, and its views get who is signed in as {@code me}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface PageController {

    @AliasFor(annotation = Controller.class)
    String value() default "";
}
