package com.mitpo.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.Objects;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages, with each message still a list item: PrimeFaces puts {@code role="alert"}
 * on the {@code <li>} itself, which takes it out of its list and fails WCAG's list rule (axe-core
 * "list"). The alert moves to a span inside the item; everything else is PrimeFaces' own.
 * Registered for PrimeFaces' renderer type in faces-config.
 */
public class AccessibleMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(ResponseWriter writer, Messages uiMessages, FacesMessage message, String severity,
            boolean escape) throws IOException {
        String summary = Objects.toString(message.getSummary(), "");
        String detail = Objects.toString(message.getDetail(), "");
        if (uiMessages.isSkipDetailIfEqualsSummary() && Objects.equals(summary, detail)) {
            detail = "";
        }
        writer.startElement("li", null);
        writer.startElement("span", null);
        writer.writeAttribute("role", "alert", null);
        writer.writeAttribute("aria-atomic", "true", null);
        if (uiMessages.isShowSummary()) {
            text(writer, severity + "-summary", summary, escape);
        }
        if (uiMessages.isShowDetail()) {
            text(writer, severity + "-detail", detail, escape);
        }
        writer.endElement("span");
        writer.endElement("li");
    }

    private static void text(ResponseWriter writer, String styleClass, String text, boolean escape) throws IOException {
        writer.startElement("span", null);
        writer.writeAttribute("class", styleClass, null);
        if (escape) {
            writer.writeText(text, null);
        } else {
            writer.write(text);
        }
        writer.endElement("span");
    }
}
