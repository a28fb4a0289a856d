/**
 * The demo brief, in our own words: a fictionalised picture of Senegal written for the demo, with
 * some sections drafted in several passes so the history has something to show.
 * Each entry is a list of successive drafts (Markdown), saved as revisions by the given authors.
 */
export const DEMO_COUNTRY = "Senegal";

export type DemoDraft = { author: "editor" | "analyst"; markdown: string; message?: string };

export const demoSections: Record<string, DemoDraft[]> = {
  preface: [
    {
      author: "editor",
      markdown:
        "Senegal is one of West Africa's steadiest democracies and a long-standing U.S. partner on the Atlantic coast.",
    },
    {
      author: "editor",
      markdown:
        "Senegal is one of West Africa's steadiest democracies and a long-standing U.S. partner on the Atlantic coast. Its peaceful transfers of power, a growing offshore energy sector and its role in regional diplomacy make it a natural anchor for U.S. engagement in the region.",
      message: "Add why it matters",
    },
  ],
  crises: [
    {
      author: "analyst",
      markdown:
        "The pressures on Senegal are mostly external for now: insecurity in the central Sahel is moving toward its eastern border, and irregular migration by sea keeps claiming lives.\n\nAt home, youth unemployment and the cost of living drive protest, and the **management of new oil and gas revenue** will test institutions that have not yet handled a windfall of this size.",
    },
  ],
  "frank-narrative": [
    {
      author: "editor",
      markdown:
        "The relationship is friendly but thin. Washington values Dakar as a reliable voice in regional bodies and a partner for military training, yet trade is modest and high-level attention is episodic.\n\nSenegal, for its part, courts many partners at once: France, China, the Gulf states and Turkey all have visible projects. The United States competes best where it brings what others do not: open markets for services, technical depth on energy governance, and consistency.",
    },
  ],
  "country-profile": [
    {
      author: "analyst",
      markdown:
        "- **Population:** about 18 million, young and increasingly urban\n- **Economy:** services, fishing, groundnuts, phosphates, and now offshore oil and gas\n- **Capital:** Dakar\n\nSources to confirm before sending: national statistics office and the latest UNDP report.",
    },
  ],
  "trade-relationships": [
    {
      author: "analyst",
      markdown:
        "U.S.–Senegal trade is small in absolute terms. Senegal is eligible for AGOA preferences but uses them little; most of its exports go to the region, Europe and Asia.",
    },
    {
      author: "analyst",
      markdown:
        "U.S.–Senegal trade is small in absolute terms. Senegal is eligible for AGOA preferences but uses them little; most of its exports go to the region, Europe and Asia.\n\n> Opportunity: energy services and agricultural processing are where U.S. firms are most competitive.",
      message: "Note the opportunity",
    },
  ],
  "concrete-policy-proposal": [
    {
      author: "editor",
      markdown:
        "## Proposal\n\n1. A three-year energy governance partnership focused on revenue transparency.\n2. Expanded maritime security cooperation against illegal fishing.\n3. A youth entrepreneurship fund co-financed with private investors.",
    },
  ],
};
