package io.masthead.body;

import jakarta.persistence.Embeddable;

@Embeddable
public class ListItem {
    /** Sanitized inline HTML. */
    public String html;
    /** Plain text derived from {@link #html}. */
    public String text;

    protected ListItem() {
    }

    public ListItem(String html, String text) {
        this.html = html;
        this.text = text;
    }
}
