-- The phase model (fasmodell för klusterutveckling) as versioned reference data, shared by all regions: no
-- region_code, no row-level security, read-only for the application. A revision of the texts or criteria is a
-- new framework version (new rows); assessments record the version they were made with, so old results never
-- change. Source: Reglab's cluster development model as made operational by Region Dalarna (shared/DOMAIN.md).

CREATE TABLE phase_model_framework (
    version      integer      PRIMARY KEY,
    name_sv      varchar(200) NOT NULL,
    name_en      varchar(200) NOT NULL,
    published_on date         NOT NULL
);

CREATE TABLE phase_model_phase (
    framework_version integer      NOT NULL REFERENCES phase_model_framework (version),
    phase             smallint     NOT NULL CHECK (phase BETWEEN 1 AND 9),
    name_sv           varchar(200) NOT NULL,
    name_en           varchar(200) NOT NULL,
    description_sv    text         NOT NULL,
    description_en    text         NOT NULL,
    PRIMARY KEY (framework_version, phase)
);

CREATE TABLE phase_model_dimension (
    framework_version integer      NOT NULL REFERENCES phase_model_framework (version),
    code              varchar(4)   NOT NULL,
    position          smallint     NOT NULL,
    name_sv           varchar(200) NOT NULL,
    name_en           varchar(200) NOT NULL,
    PRIMARY KEY (framework_version, code)
);

CREATE TABLE phase_model_criterion (
    framework_version integer     NOT NULL,
    code              varchar(10) NOT NULL,
    dimension_code    varchar(4)  NOT NULL,
    phase             smallint    NOT NULL,
    position          smallint    NOT NULL,
    text_sv           text        NOT NULL,
    text_en           text        NOT NULL,
    PRIMARY KEY (framework_version, code),
    FOREIGN KEY (framework_version, dimension_code) REFERENCES phase_model_dimension (framework_version, code),
    FOREIGN KEY (framework_version, phase) REFERENCES phase_model_phase (framework_version, phase)
);

CREATE TABLE horizontal_area (
    framework_version integer      NOT NULL REFERENCES phase_model_framework (version),
    code              varchar(40)  NOT NULL,
    position          smallint     NOT NULL,
    name_sv           varchar(200) NOT NULL,
    name_en           varchar(200) NOT NULL,
    PRIMARY KEY (framework_version, code)
);

CREATE TABLE horizontal_level (
    framework_version integer      NOT NULL REFERENCES phase_model_framework (version),
    level             smallint     NOT NULL CHECK (level BETWEEN 1 AND 9),
    name_sv           varchar(200) NOT NULL,
    name_en           varchar(200) NOT NULL,
    description_sv    text         NOT NULL,
    description_en    text         NOT NULL,
    PRIMARY KEY (framework_version, level)
);

GRANT SELECT ON phase_model_framework, phase_model_phase, phase_model_dimension, phase_model_criterion,
    horizontal_area, horizontal_level TO ${appRole};

INSERT INTO phase_model_framework VALUES
    (1, 'Fasmodell för klusterutveckling (Reglab/Region Dalarna)',
        'Cluster development phase model (Reglab/Region Dalarna)', DATE '2017-01-01');

INSERT INTO phase_model_phase VALUES
    (1, 1, 'Nätverksfas', 'Networking',
        'Idén och en gemensam syn finns, men ännu ingen organisation.',
        'The idea and a shared view exist, no organisation yet.'),
    (1, 2, 'Klusterbildning', 'Cluster formation',
        'Företagen är sammankopplade, en första strategi och organisation finns.',
        'Companies connected, a first strategy and organisation.'),
    (1, 3, 'Konsolidering och utveckling', 'Consolidation and development',
        'Klustret är tydligt etablerat på en fast grund.',
        'Clearly established on a firm base.'),
    (1, 4, 'Innovation', 'Innovation',
        'Innovation, internationalisering, långsiktig organisation och finansiering.',
        'Innovation, internationalisation, long-term organisation and financing.');

INSERT INTO phase_model_dimension VALUES
    (1, 'S', 1, 'Strategi', 'Strategy'),
    (1, 'O', 2, 'Organisation', 'Organisation'),
    (1, 'N', 3, 'Samarbeten och nätverk', 'Collaboration and networks'),
    (1, 'A', 4, 'Aktiviteter', 'Activities'),
    (1, 'F', 5, 'Finansiering', 'Financing');

INSERT INTO phase_model_criterion VALUES
    (1, 'S1.1', 'S', 1, 1,
        'Samsyn bland de inblandade om nyttan med och skälen till att bilda ett kluster (förstudie, analys, möte).',
        'Shared view among those involved on the benefit of and reason for forming a cluster (pre-study, analysis, meeting).'),
    (1, 'S1.2', 'S', 1, 2,
        'Överenskommelse om hur klustret ska bildas (handlingsplan, ett genomfört möte).',
        'Agreement on how the cluster is to be formed (action plan, a meeting held).'),
    (1, 'S2.1', 'S', 2, 3,
        'Långsiktiga mål är formulerade (t.ex. ett strategidokument).',
        'Long-term objectives formulated (e.g. a strategy document).'),
    (1, 'S2.2', 'S', 2, 4,
        'En plan för kommande aktiviteter med ungefärlig tidsplan (handlings- eller verksamhetsplan).',
        'A plan for coming activities with approximate timing (action or operational plan).'),
    (1, 'S3.1', 'S', 3, 5,
        'En process har genomförts för att se över och utveckla mål och aktiviteter (t.ex. extern utvärdering).',
        'A process has been run to review and develop objectives and activities (e.g. external evaluation).'),
    (1, 'S3.2', 'S', 3, 6,
        'Deltar i regionens strategiska innovationsarbete (regional utvecklings- eller innovationsstrategi, klusterstrategi).',
        'Takes part in the region''s strategic innovation work (regional development/innovation strategy, cluster strategy).'),
    (1, 'S4.1', 'S', 4, 7,
        'Har tagit ställning till internationalisering (beslut eller strategidokument).',
        'Has positioned itself on internationalisation (decision or strategy document).'),
    (1, 'S4.2', 'S', 4, 8,
        'Har tagit ställning till innovation (beslut eller strategidokument).',
        'Has positioned itself on innovation (decision or strategy document).'),
    (1, 'S4.3', 'S', 4, 9,
        'Har en formaliserad process för kontinuerlig utveckling (t.ex. en utvecklingsstrategi).',
        'Has a formalised process for continuous development (e.g. a development strategy).'),

    (1, 'O1.1', 'O', 1, 1,
        'Samsyn om en utsedd ledare (person eller organisation) som ska leda bildandet av klustret.',
        'Shared view on a named leader (person or organisation) appointed to lead the forming of the cluster.'),
    (1, 'O2.1', 'O', 2, 2,
        'Det finns en utsedd ledare med uppdraget att leda klustret.',
        'A named leader exists with the assignment to lead the cluster.'),
    (1, 'O3.1', 'O', 3, 3,
        'Formell juridisk status (egen juridisk person, eller en värdorganisation med juridiskt ansvar).',
        'Formal legal standing (own legal person, or a host organisation legally responsible).'),
    (1, 'O3.2', 'O', 3, 4,
        'Det finns former för ansvarsutkrävande inom klustret.',
        'Forms exist for accountability within the cluster.'),
    (1, 'O4.1', 'O', 4, 5,
        'Organiserat för att stödja verksamheten (t.ex. separata grenar för innovation och affärsnätverk).',
        'Organised to support what it does (e.g. separate branches for innovation and business networks).'),

    (1, 'N1.1', 'N', 1, 1,
        'En målgrupp av möjliga företag och andra aktörer har identifierats (kartläggning, förstudie).',
        'A target group of possible companies and other actors has been identified (mapping, pre-study).'),
    (1, 'N1.2', 'N', 1, 2,
        'En första kontakt har tagits med målgruppen (nätverksmöten, uppsökande verksamhet).',
        'Initial contact has been made with the target group (network meetings, outreach).'),
    (1, 'N2.1', 'N', 2, 3,
        'Kontakt har tagits med möjliga partner som lärosäten och lokala eller regionala utvecklingsaktörer.',
        'Contact made with potential partners such as universities and local/regional development actors.'),
    (1, 'N2.2', 'N', 2, 4,
        'Ett register (kontaktlista) över nuvarande och möjliga intresserade företag.',
        'A register (contact list) of current and potential interested companies.'),
    (1, 'N3.1', 'N', 3, 5,
        'Överenskommelse om samarbete med partner (gemensamma aktiviteter eller dokumenterade avtal).',
        'Agreement on collaboration with partners (joint activities or documented agreements).'),
    (1, 'N4.1', 'N', 4, 6,
        'Överenskommelse med internationella partner.',
        'Agreement with international partners.'),
    (1, 'N4.2', 'N', 4, 7,
        'Överenskommelse med partner inom forskning och utbildning.',
        'Agreement with partners in research and education.'),

    (1, 'A1.1', 'A', 1, 1,
        'Genomför nätverksaktiviteter för att mobilisera målgruppen till att bilda ett kluster.',
        'Runs network activities to mobilise the target group to form a cluster.'),
    (1, 'A2.1', 'A', 2, 2,
        'Genomför aktiviteter som gynnar företagen (utveckling, kompetens), inte bara mobilisering eller faktainsamling.',
        'Runs activities that benefit the companies (development, competence), not only mobilisation or fact gathering.'),
    (1, 'A2.2', 'A', 2, 3,
        'Organiserat arbete för att nå målgruppen och partner (t.ex. en kommunikationsplan).',
        'Organised work to reach the target group and partners (e.g. a communication plan).'),
    (1, 'A3.1', 'A', 3, 4,
        'Genomför aktiviteter utifrån medlemmarnas uttalade önskemål och behov.',
        'Runs activities based on stated wishes and needs of the members.'),
    (1, 'A3.2', 'A', 3, 5,
        'Löpande projektutveckling (och ansökningar om projektmedel), med minst 3 pågående eller avslutade projekt.',
        'Continuous project development (and applying for project funding), with at least 3 ongoing or finished projects.'),
    (1, 'A4.1', 'A', 4, 6,
        'Genomför innovationsinriktade aktiviteter (t.ex. behovsdrivna forskningsprojekt).',
        'Runs innovation-oriented activities (e.g. needs-driven research projects).'),
    (1, 'A4.2', 'A', 4, 7,
        'Genomför aktiviteter som främjar internationalisering (t.ex. nätverk för ökad export).',
        'Runs activities that promote internationalisation (e.g. networks for more export).'),

    (1, 'F1.1', 'F', 1, 1,
        'Startkapital har sökts (projektmedel eller annan finansiering) för att starta klustret.',
        'Seed money has been applied for (project or other funding) to start the cluster.'),
    (1, 'F2.1', 'F', 2, 2,
        'Startkapital för att starta klustrets verksamhet är säkrat.',
        'Seed money to start the cluster''s activities has been secured.'),
    (1, 'F2.2', 'F', 2, 3,
        'En struktur och plan för långsiktig basfinansiering har formulerats (t.ex. medlemsfinansiering).',
        'A structure and plan for long-term base funding has been formulated (e.g. member funding).'),
    (1, 'F3.1', 'F', 3, 4,
        'Modellen för långsiktig basfinansiering har börjat ge intäkter, eller finansieringen är säkrad genom avtal eller beslut om anslag.',
        'The long-term base funding model has started to generate income, or funding is secured by agreement or decision on appropriation.'),
    (1, 'F4.1', 'F', 4, 5,
        'De fasta kostnaderna (administration, lokaler, medlemsservice) täcks av den långsiktiga basfinansieringen.',
        'Fixed costs (administration, premises, member service) are covered by the long-term base funding.');

INSERT INTO horizontal_area VALUES
    (1, 'GENDER_EQUALITY', 1, 'Jämställdhet', 'Gender equality'),
    (1, 'EQUAL_OPPORTUNITIES', 2, 'Lika möjligheter och icke-diskriminering', 'Equal opportunities and non-discrimination'),
    (1, 'ENVIRONMENT', 3, 'Miljö', 'Environment');

INSERT INTO horizontal_level VALUES
    (1, 1, 'Allmänt arbete', 'General work',
        'Breda policyer som inte bygger på en analys av klustrets egen bransch.',
        'Broad policies, not based on an analysis of the cluster''s own sector.'),
    (1, 2, 'Riktade insatser', 'Targeted efforts',
        'En analys har identifierat problemområden och insatserna riktas mot dem.',
        'An analysis has identified problem areas, and efforts are aimed at them.'),
    (1, 3, 'Transformativt arbete', 'Transformative work',
        'Integrerat i hela verksamheten, utifrån ett systemperspektiv på branschens normer och strukturer.',
        'Integrated in the whole operation, from a systems perspective on norms and structures of the sector.');
