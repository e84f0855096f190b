package io.offerbench.domain;

/** How the student's research area fits what the employer is hiring for; the documents report LLM/GenAI roles dominate. */
public enum TopicFit implements Coded {
    LLM_GENAI_CORE("llm_genai"),
    GENAI_ADJACENT("genai_adjacent"),
    OTHER_IN_DEMAND("other_in_demand"),
    OTHER_THIN("other_thin");

    private final String code;

    TopicFit(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static TopicFit fromCode(String code) {
        return Coded.fromCode(TopicFit.class, code);
    }
}
