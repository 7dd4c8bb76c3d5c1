package io.masthead.article;

import jakarta.persistence.Embeddable;

/** A name in the byline, with what they did ("author", "photographer", "translation"). */
@Embeddable
public class Contributor {
    public String name;
    public String role;

    protected Contributor() {
    }

    public Contributor(String name, String role) {
        this.name = name;
        this.role = role;
    }
}
