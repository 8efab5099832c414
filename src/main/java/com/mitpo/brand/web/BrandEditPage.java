package com.mitpo.brand.web;

import com.mitpo.brand.boundary.Brands;
import com.mitpo.brand.control.VoiceChecker;
import com.mitpo.brand.boundary.VoiceRules;
import com.mitpo.brand.entity.Brand;
import com.mitpo.brand.entity.BrandIdentity;
import com.mitpo.brand.entity.Persona;
import com.mitpo.brand.entity.VoiceRuleSet;
import com.mitpo.platform.refusal.Refusal;
import com.mitpo.platform.web.Feedback;
import com.mitpo.platform.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.omnifaces.util.Faces;

/** brand/edit.xhtml: a brand's identity, voice rules (with a try-it checker) and personas. */
@Named
@ViewScoped
public class BrandEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Brands brands;

    private String idParam;
    private UUID id;
    private String logoDataUri;
    /** The chosen logo file, from the browser's own file input (h:inputFile): PrimeFaces' hides it from screen readers. */
    private transient jakarta.servlet.http.Part logoFile;

    // identity
    private String name;
    private String website;
    private String tagline;
    private String primaryColor;
    private String secondaryColor;
    private String accentColor;
    private String headingFont;
    private String bodyFont;

    // voice
    private int formality;
    private int playfulness;
    private String doList;
    private String dontList;
    private String bannedWords;
    private String requiredPhrases;
    private int readingLevel;
    private String sample;
    private List<ViolationRow> violations;

    // personas
    private List<Persona> personas;
    private UUID personaId;
    private String personaName;
    private String personaDescription;
    private String personaPains;
    private String personaGoals;
    private String personaChannels;
    private String personaDemographics;

    /** One line of the checker's results. */
    public record ViolationRow(String excerpt, String message, String suggestion, int start) implements Serializable {
        public String getExcerpt() {
            return excerpt;
        }

        public String getMessage() {
            return message;
        }

        public String getSuggestion() {
            return suggestion;
        }

        public int getStart() {
            return start;
        }
    }

    /** Runs on GET (view action): loads the brand named by ?id; anything else answers 404. */
    public void load() throws IOException {
        var brand = BrandFromUrl.load(brands, idParam);
        if (brand.isEmpty()) {
            return;
        }
        id = brand.get().getId();
        fill(brand.get());
        logoDataUri = dataUri();
        VoiceRules rules = brands.voiceRules(id);
        formality = rules.formality();
        playfulness = rules.playfulness();
        doList = String.join("\n", rules.doList());
        dontList = String.join("\n", rules.dontList());
        bannedWords = String.join("\n", rules.bannedWords());
        requiredPhrases = String.join("\n", rules.requiredPhrases());
        readingLevel = rules.readingLevel();
        personas = brands.personas(id);
    }

    private void fill(Brand brand) {
        name = brand.getName();
        website = brand.getWebsite();
        tagline = brand.getTagline();
        primaryColor = brand.getPrimaryColor();
        secondaryColor = brand.getSecondaryColor();
        accentColor = brand.getAccentColor();
        headingFont = brand.getHeadingFont();
        bodyFont = brand.getBodyFont();
    }

    public void saveIdentity() {
        var identity = new BrandIdentity(name, website, tagline, hex(primaryColor), hex(secondaryColor), hex(accentColor),
                headingFont, bodyFont);
        List<Refusal> problems = identity.problems();
        if (!problems.isEmpty()) {
            problems.forEach(Feedback::refused);
            return;
        }
        if (brands.update(id, identity).map(brand -> {
            fill(brand);
            return brand;
        }).isEmpty()) {
            Feedback.pageError("error.404.body");
            return;
        }
        Feedback.info("brand.saved");
    }

    public void saveVoice() {
        brands.saveVoiceRules(id, currentRules());
        Feedback.info("brand.voice.saved");
    }

    /** Checks the sample against the rules as they stand on the page (saved or not). */
    public void tryVoice() {
        violations = VoiceChecker.check(sample, currentRules()).stream()
                .map(v -> new ViolationRow(v.excerpt(), Messages.format(v.problemKey(), v.arguments()),
                        Messages.format(v.fixKey(), v.arguments()), v.start())).toList();
    }

    public void savePersona() {
        var saved = brands.savePersona(id, personaId, personaName, personaDescription, personaPains, personaGoals,
                personaChannels, personaDemographics);
        if (saved.isEmpty()) {
            Feedback.error("personaName", "brand.persona.invalid");
            return;
        }
        clearPersona();
        personas = brands.personas(id);
        Feedback.info("brand.persona.saved");
    }

    public void editPersona(Persona persona) {
        personaId = persona.getId();
        personaName = persona.getName();
        personaDescription = persona.getDescription();
        personaPains = persona.getPains();
        personaGoals = persona.getGoals();
        personaChannels = persona.getChannels();
        personaDemographics = persona.getDemographics();
    }

    public void deletePersona(UUID personaToDelete) {
        brands.deletePersona(personaToDelete);
        personas = brands.personas(id);
    }

    public void uploadLogo() {
        byte[] bytes;
        try {
            bytes = logoFile == null || logoFile.getSize() == 0 ? null : logoFile.getInputStream().readAllBytes();
        } catch (IOException | RuntimeException unreadable) {
            bytes = null;
        }
        brands.setLogo(id, bytes).ifPresentOrElse(
                problem -> Feedback.pageError(problem.messageKey),
                () -> Feedback.info("brand.logo.saved"));
        // The upload is a full-page post to the bare page address: come back to the brand's own
        // address, so the page can be refreshed or bookmarked and shows the new logo.
        Faces.getFlash().setKeepMessages(true);
        Faces.redirect(BrandFromUrl.path("edit", id));
    }

    private String dataUri() {
        return brands.logo(id).map(png -> "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(png))
                .orElse(null);
    }

    public String getLogoDataUri() {
        return logoDataUri;
    }

    public jakarta.servlet.http.Part getLogoFile() {
        return logoFile;
    }

    public void setLogoFile(jakarta.servlet.http.Part logoFile) {
        this.logoFile = logoFile;
    }

    public void delete() throws IOException {
        brands.delete(id);
        Faces.redirect(Faces.getRequestContextPath() + "/brand/list?deleted=true");
    }

    private void clearPersona() {
        personaId = null;
        personaName = personaDescription = personaPains = personaGoals = personaChannels = personaDemographics = null;
    }

    private VoiceRules currentRules() {
        return new VoiceRules(formality, playfulness, VoiceRuleSet.lines(doList), VoiceRuleSet.lines(dontList),
                VoiceRuleSet.lines(bannedWords), VoiceRuleSet.lines(requiredPhrases), readingLevel);
    }

    private static String hex(String picker) {
        return picker == null ? null : picker.startsWith("#") ? picker : "#" + picker;
    }

    public List<String> getFonts() {
        return BrandIdentity.FONTS;
    }

    public String getIdParam() {
        return idParam;
    }

    /** The brand's id once loaded, for links to its other pages. */
    public UUID getId() {
        return id;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getTagline() {
        return tagline;
    }

    public void setTagline(String tagline) {
        this.tagline = tagline;
    }

    public String getPrimaryColor() {
        return primaryColor;
    }

    public void setPrimaryColor(String primaryColor) {
        this.primaryColor = primaryColor;
    }

    public String getSecondaryColor() {
        return secondaryColor;
    }

    public void setSecondaryColor(String secondaryColor) {
        this.secondaryColor = secondaryColor;
    }

    public String getAccentColor() {
        return accentColor;
    }

    public void setAccentColor(String accentColor) {
        this.accentColor = accentColor;
    }

    public String getHeadingFont() {
        return headingFont;
    }

    public void setHeadingFont(String headingFont) {
        this.headingFont = headingFont;
    }

    public String getBodyFont() {
        return bodyFont;
    }

    public void setBodyFont(String bodyFont) {
        this.bodyFont = bodyFont;
    }

    public int getFormality() {
        return formality;
    }

    public void setFormality(int formality) {
        this.formality = formality;
    }

    public int getPlayfulness() {
        return playfulness;
    }

    public void setPlayfulness(int playfulness) {
        this.playfulness = playfulness;
    }

    public String getDoList() {
        return doList;
    }

    public void setDoList(String doList) {
        this.doList = doList;
    }

    public String getDontList() {
        return dontList;
    }

    public void setDontList(String dontList) {
        this.dontList = dontList;
    }

    public String getBannedWords() {
        return bannedWords;
    }

    public void setBannedWords(String bannedWords) {
        this.bannedWords = bannedWords;
    }

    public String getRequiredPhrases() {
        return requiredPhrases;
    }

    public void setRequiredPhrases(String requiredPhrases) {
        this.requiredPhrases = requiredPhrases;
    }

    public int getReadingLevel() {
        return readingLevel;
    }

    public void setReadingLevel(int readingLevel) {
        this.readingLevel = readingLevel;
    }

    public String getSample() {
        return sample;
    }

    public void setSample(String sample) {
        this.sample = sample;
    }

    public List<ViolationRow> getViolations() {
        return violations;
    }

    public List<Persona> getPersonas() {
        return personas;
    }

    public String getPersonaName() {
        return personaName;
    }

    public void setPersonaName(String personaName) {
        this.personaName = personaName;
    }

    public String getPersonaDescription() {
        return personaDescription;
    }

    public void setPersonaDescription(String personaDescription) {
        this.personaDescription = personaDescription;
    }

    public String getPersonaPains() {
        return personaPains;
    }

    public void setPersonaPains(String personaPains) {
        this.personaPains = personaPains;
    }

    public String getPersonaGoals() {
        return personaGoals;
    }

    public void setPersonaGoals(String personaGoals) {
        this.personaGoals = personaGoals;
    }

    public String getPersonaChannels() {
        return personaChannels;
    }

    public void setPersonaChannels(String personaChannels) {
        this.personaChannels = personaChannels;
    }

    public String getPersonaDemographics() {
        return personaDemographics;
    }

    public void setPersonaDemographics(String personaDemographics) {
        this.personaDemographics = personaDemographics;
    }
}
