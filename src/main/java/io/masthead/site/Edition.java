package io.masthead.site;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One language edition of the site, such as the German edition at its own base URL. */
@Embeddable
public class Edition {
    public String language;
    public String name;
    @Column(name = "base_url")
    public String baseUrl;

    protected Edition() {
    }

    public Edition(String language, String name, String baseUrl) {
        this.language = language;
        this.name = name;
        this.baseUrl = baseUrl;
    }
}
