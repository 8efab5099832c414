package com.mitpo.brand.entity;

import com.mitpo.brand.boundary.VoiceRules;
import com.mitpo.platform.persistence.TenantContext;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A brand's voice rules; the lists are stored one entry per line. */
@Entity
@Table(name = "voice_rules")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "workspace_id", contextProperty = TenantContext.WORKSPACE_PROPERTY)
public class VoiceRuleSet {

    @Id
    @Column(name = "brand_id")
    private UUID brandId;

    private int formality = 50;

    private int playfulness = 50;

    @Column(name = "do_list", nullable = false)
    private String doList = "";

    @Column(name = "dont_list", nullable = false)
    private String dontList = "";

    @Column(name = "banned_words", nullable = false)
    private String bannedWords = "";

    @Column(name = "required_phrases", nullable = false)
    private String requiredPhrases = "";

    @Column(name = "reading_level", nullable = false)
    private int readingLevel;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected VoiceRuleSet() {
    }

    public VoiceRuleSet(UUID brandId, Instant now) {
        this.brandId = brandId;
        this.updatedAt = now;
    }

    public VoiceRules rules() {
        return new VoiceRules(formality, playfulness, lines(doList), lines(dontList), lines(bannedWords),
                lines(requiredPhrases), readingLevel);
    }

    public void replace(VoiceRules rules, Instant now) {
        this.formality = clamp(rules.formality(), 0, 100);
        this.playfulness = clamp(rules.playfulness(), 0, 100);
        this.doList = String.join("\n", rules.doList());
        this.dontList = String.join("\n", rules.dontList());
        this.bannedWords = String.join("\n", rules.bannedWords());
        this.requiredPhrases = String.join("\n", rules.requiredPhrases());
        this.readingLevel = clamp(rules.readingLevel(), 0, 18);
        this.updatedAt = now;
    }

    public UUID getBrandId() {
        return brandId;
    }

    /** One entry per non-blank line, trimmed. */
    public static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty())
                .limit(200).toList();
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
