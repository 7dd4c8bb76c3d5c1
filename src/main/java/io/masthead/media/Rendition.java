package io.masthead.media;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Rendition {
    public String name;
    public String url;
    public int width;
    public int height;
    @Column(name = "mime_type")
    public String mimeType;

    protected Rendition() {
    }

    public Rendition(String name, String url, int width, int height, String mimeType) {
        this.name = name;
        this.url = url;
        this.width = width;
        this.height = height;
        this.mimeType = mimeType;
    }
}
