package com.mitpo.platform.web;

import com.mitpo.platform.refusal.Refusal;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import java.util.Optional;
import org.omnifaces.util.Components;
import org.omnifaces.util.Faces;

/**
 * The one way page beans speak to the person on the page: a bundle key with its parameters
 * (worded in the viewer's language by the resolver {@link PageMessages} installs), on a field or
 * for the whole page. A field is named by its input's id as the page's XHTML declares it, never
 * by a client id: the input is looked up in the form that was submitted, so a page may nest its
 * forms in tabs or dialogs without the Java knowing.
 */
public final class Feedback {

    private Feedback() {
    }

    /** A refusal, shown on its field (or on {@code fallbackField} when it names none; null for the page). */
    public static void refused(Refusal refusal, String fallbackField) {
        error(refusal.field() == null ? fallbackField : refusal.field(), refusal.messageKey(), refusal.arguments());
    }

    public static void refused(Refusal refusal) {
        refused(refusal, null);
    }

    /** An error on the input {@code field} of the submitted form (null: for the page); fails validation. */
    public static void error(String field, String key, Object... params) {
        org.omnifaces.util.Messages.addError(clientId(field).orElse(null), key, params);
        Faces.validationFailed();
    }

    /** An error for the whole page, such as a request that could not be carried out. */
    public static void pageError(String key, Object... params) {
        org.omnifaces.util.Messages.addGlobalError(key, params);
    }

    /** A confirmation, shown as a toast. */
    public static void info(String key, Object... params) {
        org.omnifaces.util.Messages.addGlobalInfo(key, params);
    }

    public static void warn(String key, Object... params) {
        org.omnifaces.util.Messages.addGlobalWarn(key, params);
    }

    /** The client id of the input with this id in the submitted form (or anywhere in the view, if none was). */
    static Optional<String> clientId(String field) {
        if (field == null) {
            return Optional.empty();
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        UIForm form = Components.getCurrentForm();
        UIComponent scope = form == null ? faces.getViewRoot() : form;
        String[] found = {null};
        scope.visitTree(VisitContext.createVisitContext(faces), (context, component) -> {
            if (field.equals(component.getId())) {
                found[0] = component.getClientId(context.getFacesContext());
                return VisitResult.COMPLETE;
            }
            return VisitResult.ACCEPT;
        });
        return Optional.ofNullable(found[0]);
    }
}
