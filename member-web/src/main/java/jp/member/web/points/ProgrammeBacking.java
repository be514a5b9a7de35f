package jp.member.web.points;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.member.points.boundary.CampaignView;
import jp.member.points.boundary.ProgrammeConfiguration;
import jp.member.points.boundary.SettingChange;
import jp.member.web.shell.Messages;

/** Programme configuration (MANAGER, ADMIN): each setting edited on its own; campaigns; the change history. */
@Named
@ViewScoped
public class ProgrammeBacking implements Serializable {

    /** How the history names a campaign that was added ({@code campaign.CODE}). */
    private static final String CAMPAIGN_PREFIX = "campaign.";

    private static final long serialVersionUID = 1L;

    @Inject
    ProgrammeConfiguration configuration;

    private Map<String, String> values = new LinkedHashMap<>();
    private String campaignCode;
    private String campaignName;
    private String campaignFrom;
    private String campaignTo;
    private BigDecimal campaignMultiplier;

    public void load() {
        values = new LinkedHashMap<>(configuration.settings());
    }

    public void save(String name) {
        Messages.attempt(() -> configuration.change(name, values.get(name)), "programme.saved");
        load();
    }

    public void addCampaign() {
        try {
            LocalDate from = LocalDate.parse(campaignFrom == null ? "" : campaignFrom.strip());
            LocalDate to = LocalDate.parse(campaignTo == null ? "" : campaignTo.strip());
            if (Messages.attempt(
                    () -> configuration.addCampaign(campaignCode, campaignName, from, to, campaignMultiplier),
                    "programme.campaign.added")) {
                campaignCode = null;
                campaignName = null;
                campaignFrom = null;
                campaignTo = null;
                campaignMultiplier = null;
            }
        } catch (DateTimeParseException e) {
            Messages.error("programme.campaign.invalid");
        }
    }

    public List<String> getNames() {
        return List.copyOf(values.keySet());
    }

    public Map<String, String> getValues() {
        return values;
    }

    public List<CampaignView> getCampaigns() {
        return configuration.campaigns();
    }

    /** A changed setting's name in words: a setting by its label, a campaign by its code (history names both). */
    public String settingLabel(String name) {
        return name.startsWith(CAMPAIGN_PREFIX)
                ? Messages.text("programme.history.campaign", name.substring(CAMPAIGN_PREFIX.length()))
                : Messages.text("programme.setting." + name);
    }

    public List<SettingChange> getHistory() {
        return configuration.history();
    }

    public String getCampaignCode() {
        return campaignCode;
    }

    public void setCampaignCode(String campaignCode) {
        this.campaignCode = campaignCode;
    }

    public String getCampaignName() {
        return campaignName;
    }

    public void setCampaignName(String campaignName) {
        this.campaignName = campaignName;
    }

    public String getCampaignFrom() {
        return campaignFrom;
    }

    public void setCampaignFrom(String campaignFrom) {
        this.campaignFrom = campaignFrom;
    }

    public String getCampaignTo() {
        return campaignTo;
    }

    public void setCampaignTo(String campaignTo) {
        this.campaignTo = campaignTo;
    }

    public BigDecimal getCampaignMultiplier() {
        return campaignMultiplier;
    }

    public void setCampaignMultiplier(BigDecimal campaignMultiplier) {
        this.campaignMultiplier = campaignMultiplier;
    }
}
