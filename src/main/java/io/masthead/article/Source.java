package io.masthead.article;

import jakarta.persistence.Embeddable;

/** An agency or outlet the article draws on, such as a wire service. */
@Embeddable
public class Source {
    public String name;
    public String url;

    protected Source() {
    }

    public Source(String name, String url) {
        this.name = name;
        this.url = url;
    }
}
