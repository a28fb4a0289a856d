/**
 * The country brief template of the product brief, as data. Titles follow the wording of the
 * Mali brief the product was specified from (kept with the product documents, outside this
 * repository). Keys are stable forever: they name sections in URLs, in every brief made from the
 * template and in imports, so rename titles freely but never keys.
 */
export type TemplateNode = {
  key: string;
  title: string;
  guidance?: string;
  children?: TemplateNode[];
};

export const DEFAULT_TEMPLATE_KEY = "default";
export const DEFAULT_TEMPLATE_NAME = "Country strategy brief";

export const defaultTemplate: TemplateNode[] = [
  {
    key: "preface",
    title: "Preface",
    guidance: "Where the country stands with the U.S. today, in one paragraph.",
  },
  {
    key: "crises",
    title: "Crises",
    guidance: "The crises the country faces now, their regional spill-over, and what may come next.",
  },
  {
    key: "frank-narrative",
    title: "Frank Narrative",
    guidance: "The candid story of the relationship: what has worked, what hasn't, and why.",
  },
  {
    key: "summary-help-us-goals",
    title: "How Can This Country Help the U.S. Achieve Its Regional Goals?",
    guidance: "Summary: the country's value to U.S. regional goals.",
  },
  {
    key: "summary-needs-from-us",
    title: "What Does This Country Need from the U.S./World?",
    guidance: "Summary: the support the country needs, economic, technical and political.",
  },
  {
    key: "overview",
    title: "1. Overview",
    children: [
      {
        key: "country-profile",
        title: "Country Profile",
        guidance: "Location, population, GDP, HDI rank, freedom score, ruling party — with sources.",
      },
      { key: "importance-to-interests", title: "Importance to National/Global Interests" },
      {
        key: "democracy-score",
        title: "Democracy Score",
        guidance:
          "Freedom and democracy indices, and how the real politics compares with the official structures.",
      },
      {
        key: "historical-context",
        title: "Historical Context",
        children: [
          { key: "bilateral-milestones", title: "Key Milestones in Bilateral Relations" },
          { key: "previous-agreements", title: "Previous Agreements, Conflicts, or Partnerships" },
        ],
      },
    ],
  },
  {
    key: "strategic-importance",
    title: "2. Strategic Importance",
    children: [
      {
        key: "economic-interests",
        title: "Economic Interests",
        children: [
          { key: "trade-relationships", title: "Trade Relationships" },
          { key: "strategic-resources", title: "Strategic Resources and Economic Partnerships" },
        ],
      },
      {
        key: "security-defense",
        title: "Security & Defense",
        children: [
          { key: "shared-security-concerns", title: "Shared Security Concerns or Threats" },
          { key: "military-cooperation", title: "Military Cooperation, Alliances, or Conflicts" },
        ],
      },
      {
        key: "diplomatic-influence",
        title: "Diplomatic Influence",
        children: [
          { key: "regional-diplomacy-role", title: "Role in Regional/Global Diplomacy" },
          {
            key: "multilateral-cooperation",
            title: "Potential for Multilateral Cooperation or Conflict Resolution",
          },
        ],
      },
    ],
  },
  {
    key: "challenges-opportunities",
    title: "3. Current Challenges and Opportunities",
    children: [
      {
        key: "political-governance",
        title: "Political & Governance Issues",
        children: [
          {
            key: "human-rights-rule-of-law",
            title: "Human Rights, Democracy, and Rule of Law Considerations",
          },
          { key: "government-stability", title: "Government Stability and Policy Continuity" },
          {
            key: "current-agreements",
            title: "What Agreements, Treaties and Organizations Are We Currently In Together",
          },
        ],
      },
      {
        key: "economic-trade-concerns",
        title: "Economic & Trade Concerns",
        children: [
          { key: "trade-imbalances", title: "Trade Imbalances, Sanctions, or Market Access Issues" },
          { key: "new-trade-agreements", title: "Opportunities for New Trade Agreements or Partnerships" },
        ],
      },
      {
        key: "security-geopolitical",
        title: "Security and Geopolitical Tensions",
        children: [
          {
            key: "regional-conflicts",
            title: "Regional Conflicts or Alliances Affecting Bilateral Relations",
          },
          {
            key: "terrorism-cyber-escalation",
            title: "Terrorism, Cybersecurity, and Military Escalation Risks",
          },
        ],
      },
      {
        key: "social-cultural",
        title: "Social & Cultural Dynamics",
        children: [
          { key: "migration-public-opinion", title: "Migration, Cultural Exchange, and Public Opinion" },
          { key: "societal-values", title: "Shared or Divergent Societal Values" },
        ],
      },
      {
        key: "climate-environment",
        title: "Climate Change and Environmental Challenges",
        children: [
          { key: "climate-impact", title: "Impact of Climate Change on Both Nations" },
          {
            key: "joint-climate-initiatives",
            title: "Opportunities for Joint Climate Initiatives and Renewable Energy Projects",
          },
          {
            key: "environmental-risks",
            title: "Environmental Risks Affecting Bilateral Stability and Regional Security",
          },
        ],
      },
    ],
  },
  {
    key: "policy-goals",
    title: "4. Policy Goals",
    children: [
      {
        key: "policy-help-us-goals",
        title: "How Can This Country Help the U.S. Achieve Its Regional Goals?",
      },
      { key: "policy-needs-from-us", title: "What Does This Country Need from the U.S./World?" },
      {
        key: "concrete-policy-proposal",
        title: "Concrete Policy Proposal",
        guidance: "The proposal itself: what the U.S. should do, with whom, by when.",
      },
      { key: "diplomatic-objectives", title: "Diplomatic Objectives" },
      { key: "economic-strategies", title: "Economic Strategies" },
      { key: "public-health", title: "Public Health and Pandemic Preparedness" },
      { key: "migration-refugees-borders", title: "Migration, Refugees, and Border Management" },
      { key: "corruption-governance", title: "Corruption, Governance, and Institutional Transparency" },
      {
        key: "regional-multilateral-engagement",
        title: "Regional Multilateral Engagement and International Institutions",
      },
      { key: "human-rights-social-justice", title: "Human Rights and Social Justice Beyond Governance" },
      { key: "tariff-report", title: "Tariff Report" },
      { key: "immigration-report", title: "Immigration to USA Report" },
      { key: "visa-requirements", title: "Visa Requirements for US Citizens to Visit" },
    ],
  },
];

export type FlatTemplateSection = {
  key: string;
  title: string;
  parentKey: string | null;
  position: number;
  guidance: string | null;
  isLeaf: boolean;
};

/** The tree in pre-order, which is the order sections appear in a brief. */
export function flattenTemplate(nodes: TemplateNode[]): FlatTemplateSection[] {
  const out: FlatTemplateSection[] = [];
  const walk = (list: TemplateNode[], parentKey: string | null) => {
    for (const node of list) {
      out.push({
        key: node.key,
        title: node.title,
        parentKey,
        position: out.length,
        guidance: node.guidance ?? null,
        isLeaf: !node.children?.length,
      });
      if (node.children) walk(node.children, node.key);
    }
  };
  walk(nodes, null);
  return out;
}
