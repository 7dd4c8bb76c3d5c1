package io.masthead.tag;

import jakarta.persistence.Embeddable;

@Embeddable
public class TagLocalization {
    public String name;
    public String description;

    protected TagLocalization() {
    }

    public TagLocalization(String name, String description) {
        this.name = name;
        this.description = description;
    }
}
