BEGIN TRANSACTION;
CREATE TABLE _sqlx_migrations (
    version BIGINT PRIMARY KEY,
    description TEXT NOT NULL,
    installed_on TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    success BOOLEAN NOT NULL,
    checksum BLOB NOT NULL,
    execution_time BIGINT NOT NULL
);
INSERT INTO "_sqlx_migrations" VALUES(1,'init','2026-12-07 12:23:28',1,X'25426E7EA21205ED5600275EB44E2ED6AEF6774767DC535F3DEDDFB66C6863A4AEC7561BC9D951F5EDC6265638CB615D',2144902);
CREATE TABLE bodies (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    slug TEXT NOT NULL UNIQUE,
    canonical TEXT NOT NULL,
    full_name TEXT,
    kind TEXT NOT NULL,
    parent_id INTEGER REFERENCES bodies (id),
    status TEXT NOT NULL,
    merged_into INTEGER REFERENCES bodies (id),
    note TEXT,
    created_at TEXT NOT NULL
);
INSERT INTO "bodies" VALUES(1,'itu','ITU','International Telecommunication Union','organization',NULL,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(2,'itu-t','ITU-T','ITU Telecommunication Standardization Sector','sector',1,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(3,'itu-r','ITU-R','ITU Radiocommunication Sector','sector',1,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(4,'itu-d','ITU-D','ITU Telecommunication Development Sector','sector',1,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(5,'itu-t-sg2','ITU-T SG2','ITU-T Study Group 2: Operational aspects of service provision and telecommunication management','study-group',2,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(6,'itu-t-sg3','ITU-T SG3','ITU-T Study Group 3: Economic and policy issues','study-group',2,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(7,'itu-t-sg5','ITU-T SG5','ITU-T Study Group 5: Environment, climate change and circular economy','study-group',2,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(8,'itu-t-sg9','ITU-T SG9','ITU-T Study Group 9: Broadband cable and TV','study-group',2,'builtin',NULL,'Study period 2022-2024; its work moved to ITU-T SG21 at WTSA-24.','2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(9,'itu-t-sg11','ITU-T SG11','ITU-T Study Group 11: Protocols, testing specifications and combating counterfeiting','study-group',2,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(10,'itu-t-sg12','ITU-T SG12','ITU-T Study Group 12: Performance, quality of service and quality of experience','study-group',2,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(11,'itu-t-sg13','ITU-T SG13','ITU-T Study Group 13: Future networks and emerging network technologies','study-group',2,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(12,'itu-t-sg15','ITU-T SG15','ITU-T Study Group 15: Networks, technologies and infrastructures for transport, access and home','study-group',2,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(13,'itu-t-sg16','ITU-T SG16','ITU-T Study Group 16: Multimedia and digital technologies','study-group',2,'builtin',NULL,'Study period 2022-2024; its work moved to ITU-T SG21 at WTSA-24.','2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(14,'itu-t-sg17','ITU-T SG17','ITU-T Study Group 17: Security','study-group',2,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(15,'itu-t-sg20','ITU-T SG20','ITU-T Study Group 20: Internet of things, digital twins and smart sustainable cities and communities','study-group',2,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(16,'itu-t-sg21','ITU-T SG21','ITU-T Study Group 21: Multimedia, content delivery and cable television','study-group',2,'builtin',NULL,'Created by WTSA-24 for the 2025-2028 study period.','2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(17,'itu-t-tsag','ITU-T TSAG','Telecommunication Standardization Advisory Group','advisory-group',2,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(18,'itu-t-fg-mv','ITU-T FG-MV','ITU-T Focus Group on metaverse','focus-group',2,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(19,'itu-r-sg1','ITU-R SG1','ITU-R Study Group 1: Spectrum management','study-group',3,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(20,'itu-r-sg3','ITU-R SG3','ITU-R Study Group 3: Radiowave propagation','study-group',3,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(21,'itu-r-sg4','ITU-R SG4','ITU-R Study Group 4: Satellite services','study-group',3,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(22,'itu-r-sg5','ITU-R SG5','ITU-R Study Group 5: Terrestrial services','study-group',3,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(23,'itu-r-sg6','ITU-R SG6','ITU-R Study Group 6: Broadcasting service','study-group',3,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(24,'itu-r-sg7','ITU-R SG7','ITU-R Study Group 7: Science services','study-group',3,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(25,'itu-r-wp-1a','ITU-R WP 1A','ITU-R Working Party 1A','working-party',19,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(26,'itu-r-wp-1b','ITU-R WP 1B','ITU-R Working Party 1B','working-party',19,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(27,'itu-r-wp-1c','ITU-R WP 1C','ITU-R Working Party 1C','working-party',19,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(28,'itu-r-wp-3j','ITU-R WP 3J','ITU-R Working Party 3J','working-party',20,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(29,'itu-r-wp-3k','ITU-R WP 3K','ITU-R Working Party 3K','working-party',20,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(30,'itu-r-wp-3l','ITU-R WP 3L','ITU-R Working Party 3L','working-party',20,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(31,'itu-r-wp-3m','ITU-R WP 3M','ITU-R Working Party 3M','working-party',20,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(32,'itu-r-wp-4a','ITU-R WP 4A','ITU-R Working Party 4A','working-party',21,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(33,'itu-r-wp-4b','ITU-R WP 4B','ITU-R Working Party 4B','working-party',21,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(34,'itu-r-wp-4c','ITU-R WP 4C','ITU-R Working Party 4C','working-party',21,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(35,'itu-r-wp-5a','ITU-R WP 5A','ITU-R Working Party 5A','working-party',22,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(36,'itu-r-wp-5b','ITU-R WP 5B','ITU-R Working Party 5B','working-party',22,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(37,'itu-r-wp-5c','ITU-R WP 5C','ITU-R Working Party 5C','working-party',22,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(38,'itu-r-wp-5d','ITU-R WP 5D','ITU-R Working Party 5D','working-party',22,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(39,'itu-r-wp-6a','ITU-R WP 6A','ITU-R Working Party 6A','working-party',23,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(40,'itu-r-wp-6b','ITU-R WP 6B','ITU-R Working Party 6B','working-party',23,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(41,'itu-r-wp-6c','ITU-R WP 6C','ITU-R Working Party 6C','working-party',23,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(42,'itu-r-wp-7a','ITU-R WP 7A','ITU-R Working Party 7A','working-party',24,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(43,'itu-r-wp-7b','ITU-R WP 7B','ITU-R Working Party 7B','working-party',24,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(44,'itu-r-wp-7c','ITU-R WP 7C','ITU-R Working Party 7C','working-party',24,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(45,'itu-r-wp-7d','ITU-R WP 7D','ITU-R Working Party 7D','working-party',24,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(46,'itu-r-rag','ITU-R RAG','Radiocommunication Advisory Group','advisory-group',3,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(47,'itu-d-sg1','ITU-D SG1','ITU-D Study Group 1: Enabling environment for meaningful connectivity','study-group',4,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(48,'itu-d-sg2','ITU-D SG2','ITU-D Study Group 2: Digital transformation','study-group',4,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(49,'itu-d-tdag','ITU-D TDAG','Telecommunication Development Advisory Group','advisory-group',4,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(50,'itu-irg-ava','ITU IRG-AVA','Intersector Rapporteur Group on Audiovisual Media Accessibility','intersector-group',1,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(51,'iso','ISO','International Organization for Standardization','organization',NULL,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(52,'iec','IEC','International Electrotechnical Commission','organization',NULL,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(53,'iso-iec-jtc-1','ISO/IEC JTC 1','ISO/IEC Joint Technical Committee 1: Information technology','joint-committee',51,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(54,'iso-iec-jtc-1-sc-2','ISO/IEC JTC 1/SC 2','ISO/IEC JTC 1/SC 2: Coded character sets','subcommittee',53,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(55,'iso-iec-jtc-1-sc-6','ISO/IEC JTC 1/SC 6','ISO/IEC JTC 1/SC 6: Telecommunications and information exchange between systems','subcommittee',53,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(56,'iso-iec-jtc-1-sc-7','ISO/IEC JTC 1/SC 7','ISO/IEC JTC 1/SC 7: Software and systems engineering','subcommittee',53,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(57,'iso-iec-jtc-1-sc-17','ISO/IEC JTC 1/SC 17','ISO/IEC JTC 1/SC 17: Cards and security devices for personal identification','subcommittee',53,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(58,'iso-iec-jtc-1-sc-22','ISO/IEC JTC 1/SC 22','ISO/IEC JTC 1/SC 22: Programming languages, their environments and system software interfaces','subcommittee',53,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(59,'iso-iec-jtc-1-sc-23','ISO/IEC JTC 1/SC 23','ISO/IEC JTC 1/SC 23: Digital storage media for information interchange','subcommittee',53,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(60,'iso-iec-jtc-1-sc-24','ISO/IEC JTC 1/SC 24','ISO/IEC JTC 1/SC 24: Computer graphics, image processing and environmental data representation','subcommittee',53,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(61,'iso-iec-jtc-1-sc-25','ISO/IEC JTC 1/SC 25','ISO/IEC JTC 1/SC 25: Interconnection of information technology equipment','subcommittee',53,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(62,'iso-iec-jtc-1-sc-27','ISO/IEC JTC 1/SC 27','ISO/IEC JTC 1/SC 27: Information security, cybersecurity and privacy protection','subcommittee',53,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(63,'iso-iec-jtc-1-sc-28','ISO/IEC JTC 1/SC 28','ISO/IEC JTC 1/SC 28: Office equipment','subcommittee',53,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(64,'iso-iec-jtc-1-sc-29','ISO/IEC JTC 1/SC 29','ISO/IEC JTC 1/SC 29: Coding of audio, picture, multimedia and hypermedia information','subcommittee',53,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(65,'iso-iec-jtc-1-sc-31','ISO/IEC JTC 1/SC 31','ISO/IEC JTC 1/SC 31: Automatic identification and data capture techniques','subcommittee',53,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(66,'iso-iec-jtc-1-sc-32','ISO/IEC JTC 1/SC 32','ISO/IEC JTC 1/SC 32: Data management and interchange','subcommittee',53,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(67,'iso-iec-jtc-1-sc-34','ISO/IEC JTC 1/SC 34','ISO/IEC JTC 1/SC 34: Document description and processing languages','subcommittee',53,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(68,'iso-iec-jtc-1-sc-35','ISO/IEC JTC 1/SC 35','ISO/IEC JTC 1/SC 35: User interfaces','subcommittee',53,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(69,'iso-iec-jtc-1-sc-36','ISO/IEC JTC 1/SC 36','ISO/IEC JTC 1/SC 36: Information technology for learning, education and training','subcommittee',53,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(70,'iso-iec-jtc-1-sc-37','ISO/IEC JTC 1/SC 37','ISO/IEC JTC 1/SC 37: Biometrics','subcommittee',53,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(71,'iso-iec-jtc-1-sc-38','ISO/IEC JTC 1/SC 38','ISO/IEC JTC 1/SC 38: Cloud computing and distributed platforms','subcommittee',53,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(72,'iso-iec-jtc-1-sc-39','ISO/IEC JTC 1/SC 39','ISO/IEC JTC 1/SC 39: Sustainability, IT and data centres','subcommittee',53,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(73,'iso-iec-jtc-1-sc-40','ISO/IEC JTC 1/SC 40','ISO/IEC JTC 1/SC 40: IT service management and IT governance','subcommittee',53,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(74,'iso-iec-jtc-1-sc-41','ISO/IEC JTC 1/SC 41','ISO/IEC JTC 1/SC 41: Internet of things and digital twin','subcommittee',53,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(75,'iso-iec-jtc-1-sc-42','ISO/IEC JTC 1/SC 42','ISO/IEC JTC 1/SC 42: Artificial intelligence','subcommittee',53,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(76,'iso-iec-jtc-1-sc-43','ISO/IEC JTC 1/SC 43','ISO/IEC JTC 1/SC 43: Brain-computer interfaces','subcommittee',53,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(77,'iso-iec-jtc-1-sc-44','ISO/IEC JTC 1/SC 44','ISO/IEC JTC 1/SC 44: Consumer protection in the field of privacy by design','subcommittee',53,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(78,'iso-tc-68','ISO/TC 68','ISO/TC 68: Financial services','technical-committee',51,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(79,'iso-tc-69','ISO/TC 69','ISO/TC 69: Applications of statistical methods','technical-committee',51,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(80,'iso-tc-133','ISO/TC 133','ISO/TC 133: Clothing sizing systems - size designation, size measurement methods and digital fittings','technical-committee',51,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(81,'iso-tc-184','ISO/TC 184','ISO/TC 184: Automation systems and integration','technical-committee',51,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(82,'iso-tc-307','ISO/TC 307','ISO/TC 307: Blockchain and distributed ledger technologies','technical-committee',51,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(83,'iec-tc-57','IEC TC 57','IEC TC 57: Power systems management and associated information exchange','technical-committee',52,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(84,'iec-tc-65','IEC TC 65','IEC TC 65: Industrial-process measurement, control and automation','technical-committee',52,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(85,'iec-tc-79','IEC TC 79','IEC TC 79: Alarm and electronic security systems','technical-committee',52,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(86,'iec-tc-85','IEC TC 85','IEC TC 85: Measuring equipment for electrical and electromagnetic quantities','technical-committee',52,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(87,'iec-tc-100','IEC TC 100','IEC TC 100: Audio, video and multimedia systems and equipment','technical-committee',52,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(88,'iec-seg-15','IEC SEG 15','IEC Standardization Evaluation Group 15: Metaverse','evaluation-group',52,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(89,'3gpp','3GPP','3rd Generation Partnership Project','organization',NULL,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(90,'3gpp-tsg-ran','3GPP TSG RAN',NULL,'specification-group',89,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(91,'3gpp-tsg-sa','3GPP TSG SA',NULL,'specification-group',89,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(92,'3gpp-tsg-ct','3GPP TSG CT',NULL,'specification-group',89,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(93,'3gpp-ran1','3GPP RAN1','3GPP TSG RAN WG1: Radio layer 1','working-group',90,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(94,'3gpp-ran2','3GPP RAN2','3GPP TSG RAN WG2: Radio layer 2 and radio layer 3 radio resource control','working-group',90,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(95,'3gpp-ran3','3GPP RAN3','3GPP TSG RAN WG3: Radio access network architecture and interfaces','working-group',90,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(96,'3gpp-ran4','3GPP RAN4','3GPP TSG RAN WG4: Radio performance and protocol aspects','working-group',90,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(97,'3gpp-ran5','3GPP RAN5','3GPP TSG RAN WG5: Mobile terminal conformance testing','working-group',90,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(98,'3gpp-sa1','3GPP SA1','3GPP TSG SA WG1: Services','working-group',91,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(99,'3gpp-sa2','3GPP SA2','3GPP TSG SA WG2: System architecture and services','working-group',91,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(100,'3gpp-sa3','3GPP SA3','3GPP TSG SA WG3: Security and privacy','working-group',91,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(101,'3gpp-sa4','3GPP SA4','3GPP TSG SA WG4: Multimedia codecs, systems and services','working-group',91,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(102,'3gpp-sa5','3GPP SA5','3GPP TSG SA WG5: Management, orchestration and charging','working-group',91,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(103,'3gpp-sa6','3GPP SA6','3GPP TSG SA WG6: Application enablement and critical communication applications','working-group',91,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(104,'3gpp-ct1','3GPP CT1','3GPP TSG CT WG1: User equipment to core network protocols','working-group',92,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(105,'3gpp-ct3','3GPP CT3','3GPP TSG CT WG3: Interworking with external networks and policy and charging control','working-group',92,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(106,'3gpp-ct4','3GPP CT4','3GPP TSG CT WG4: Core network protocols','working-group',92,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(107,'3gpp-ct6','3GPP CT6','3GPP TSG CT WG6: Smart card application aspects','working-group',92,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(108,'etsi','ETSI','European Telecommunications Standards Institute','organization',NULL,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(109,'etsi-isg-arf','ETSI ISG ARF','ETSI Industry Specification Group Augmented Reality Framework','industry-group',108,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(110,'etsi-tc-cyber','ETSI TC CYBER','ETSI Technical Committee Cyber Security','technical-committee',108,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(111,'ietf','IETF','Internet Engineering Task Force','organization',NULL,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(112,'iab','IAB','Internet Architecture Board','organization',NULL,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(113,'iesg','IESG','Internet Engineering Steering Group','committee',111,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(114,'irtf','IRTF','Internet Research Task Force','organization',NULL,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(115,'w3c','W3C','World Wide Web Consortium','organization',NULL,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(116,'w3c-omi','W3C OMI','W3C Open Metaverse Interoperability Community Group','forum',115,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(117,'w3c-immersive-web-wg','W3C Immersive Web WG','W3C Immersive Web Working Group','working-group',115,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(118,'ieee-sa','IEEE SA','IEEE Standards Association','organization',NULL,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(119,'ieee-sa-msc','IEEE SA MSC','IEEE Metaverse Standards Committee','committee',118,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(120,'ipv6-forum','IPv6 Forum',NULL,'forum',NULL,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(121,'broadband-forum','Broadband Forum',NULL,'forum',NULL,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(122,'tm-forum','TM Forum',NULL,'forum',NULL,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(123,'inatba','INATBA','International Association for Trusted Blockchain Applications','forum',NULL,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(124,'world-metaverse-council','World Metaverse Council',NULL,'forum',NULL,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(125,'metaverse-standards-forum','Metaverse Standards Forum',NULL,'forum',NULL,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(126,'open-metaverse-foundation','Open Metaverse Foundation',NULL,'forum',NULL,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(127,'digital-twin-consortium','Digital Twin Consortium',NULL,'forum',NULL,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(128,'vrm-consortium','VRM Consortium',NULL,'forum',NULL,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(129,'iown-global-forum','IOWN Global Forum',NULL,'forum',NULL,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(130,'khronos-group','Khronos Group',NULL,'forum',NULL,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(131,'open-geospatial-consortium','Open Geospatial Consortium',NULL,'forum',NULL,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(132,'gsma','GSMA','GSM Association','forum',NULL,'builtin',NULL,NULL,'2026-12-07T12:23:28.056394Z');
INSERT INTO "bodies" VALUES(133,'mission-critical-open-forum','Mission Critical Open Forum',NULL,'other',NULL,'unconfirmed',NULL,NULL,'2026-12-07T12:23:28.089375Z');
INSERT INTO "bodies" VALUES(134,'acme-metaverse-forum','Acme Metaverse Forum',NULL,'other',NULL,'confirmed',NULL,NULL,'2026-12-07T12:23:28.180567Z');
CREATE TABLE body_aliases (
    key TEXT PRIMARY KEY,
    alias TEXT NOT NULL,
    body_id INTEGER NOT NULL REFERENCES bodies (id)
);
INSERT INTO "body_aliases" VALUES('itu','ITU',1);
INSERT INTO "body_aliases" VALUES('internationaltelecommunicationunion','International Telecommunication Union',1);
INSERT INTO "body_aliases" VALUES('itut','ITU-T',2);
INSERT INTO "body_aliases" VALUES('itutelecommunicationstandardizationsector','ITU Telecommunication Standardization Sector',2);
INSERT INTO "body_aliases" VALUES('telecommunicationstandardizationsector','Telecommunication Standardization Sector',2);
INSERT INTO "body_aliases" VALUES('itur','ITU-R',3);
INSERT INTO "body_aliases" VALUES('ituradiocommunicationsector','ITU Radiocommunication Sector',3);
INSERT INTO "body_aliases" VALUES('radiocommunicationsector','Radiocommunication Sector',3);
INSERT INTO "body_aliases" VALUES('itud','ITU-D',4);
INSERT INTO "body_aliases" VALUES('itutelecommunicationdevelopmentsector','ITU Telecommunication Development Sector',4);
INSERT INTO "body_aliases" VALUES('telecommunicationdevelopmentsector','Telecommunication Development Sector',4);
INSERT INTO "body_aliases" VALUES('itutsg2','ITU-T SG2',5);
INSERT INTO "body_aliases" VALUES('itutsg2operationalaspectsofserviceprovisionandtelecommunicationmanagement','ITU-T Study Group 2: Operational aspects of service provision and telecommunication management',5);
INSERT INTO "body_aliases" VALUES('itutsg3','ITU-T SG3',6);
INSERT INTO "body_aliases" VALUES('itutsg3economicandpolicyissues','ITU-T Study Group 3: Economic and policy issues',6);
INSERT INTO "body_aliases" VALUES('itutsg5','ITU-T SG5',7);
INSERT INTO "body_aliases" VALUES('itutsg5environmentclimatechangeandcirculareconomy','ITU-T Study Group 5: Environment, climate change and circular economy',7);
INSERT INTO "body_aliases" VALUES('itutsg9','ITU-T SG9',8);
INSERT INTO "body_aliases" VALUES('itutsg9broadbandcableandtv','ITU-T Study Group 9: Broadband cable and TV',8);
INSERT INTO "body_aliases" VALUES('itutsg11','ITU-T SG11',9);
INSERT INTO "body_aliases" VALUES('itutsg11protocolstestingspecificationsandcombatingcounterfeiting','ITU-T Study Group 11: Protocols, testing specifications and combating counterfeiting',9);
INSERT INTO "body_aliases" VALUES('itutsg12','ITU-T SG12',10);
INSERT INTO "body_aliases" VALUES('itutsg12performancequalityofserviceandqualityofexperience','ITU-T Study Group 12: Performance, quality of service and quality of experience',10);
INSERT INTO "body_aliases" VALUES('itutsg13','ITU-T SG13',11);
INSERT INTO "body_aliases" VALUES('itutsg13futurenetworksandemergingnetworktechnologies','ITU-T Study Group 13: Future networks and emerging network technologies',11);
INSERT INTO "body_aliases" VALUES('itutsg15','ITU-T SG15',12);
INSERT INTO "body_aliases" VALUES('itutsg15networkstechnologiesandinfrastructuresfortransportaccessandhome','ITU-T Study Group 15: Networks, technologies and infrastructures for transport, access and home',12);
INSERT INTO "body_aliases" VALUES('itutsg16','ITU-T SG16',13);
INSERT INTO "body_aliases" VALUES('itutsg16multimediaanddigitaltechnologies','ITU-T Study Group 16: Multimedia and digital technologies',13);
INSERT INTO "body_aliases" VALUES('itutsg17','ITU-T SG17',14);
INSERT INTO "body_aliases" VALUES('itutsg17security','ITU-T Study Group 17: Security',14);
INSERT INTO "body_aliases" VALUES('itutsg20','ITU-T SG20',15);
INSERT INTO "body_aliases" VALUES('itutsg20internetofthingsdigitaltwinsandsmartsustainablecitiesandcommunities','ITU-T Study Group 20: Internet of things, digital twins and smart sustainable cities and communities',15);
INSERT INTO "body_aliases" VALUES('itutsg21','ITU-T SG21',16);
INSERT INTO "body_aliases" VALUES('itutsg21multimediacontentdeliveryandcabletelevision','ITU-T Study Group 21: Multimedia, content delivery and cable television',16);
INSERT INTO "body_aliases" VALUES('ituttsag','ITU-T TSAG',17);
INSERT INTO "body_aliases" VALUES('telecommunicationstandardizationadvisorygroup','Telecommunication Standardization Advisory Group',17);
INSERT INTO "body_aliases" VALUES('tsag','TSAG',17);
INSERT INTO "body_aliases" VALUES('itutfgmv','ITU-T FG-MV',18);
INSERT INTO "body_aliases" VALUES('itutfgonmetaverse','ITU-T Focus Group on metaverse',18);
INSERT INTO "body_aliases" VALUES('fgmv','FG-MV',18);
INSERT INTO "body_aliases" VALUES('fgonmetaverse','Focus Group on metaverse',18);
INSERT INTO "body_aliases" VALUES('itursg1','ITU-R SG1',19);
INSERT INTO "body_aliases" VALUES('itursg1spectrummanagement','ITU-R Study Group 1: Spectrum management',19);
INSERT INTO "body_aliases" VALUES('itursg3','ITU-R SG3',20);
INSERT INTO "body_aliases" VALUES('itursg3radiowavepropagation','ITU-R Study Group 3: Radiowave propagation',20);
INSERT INTO "body_aliases" VALUES('itursg4','ITU-R SG4',21);
INSERT INTO "body_aliases" VALUES('itursg4satelliteservices','ITU-R Study Group 4: Satellite services',21);
INSERT INTO "body_aliases" VALUES('itursg5','ITU-R SG5',22);
INSERT INTO "body_aliases" VALUES('itursg5terrestrialservices','ITU-R Study Group 5: Terrestrial services',22);
INSERT INTO "body_aliases" VALUES('itursg6','ITU-R SG6',23);
INSERT INTO "body_aliases" VALUES('itursg6broadcastingservice','ITU-R Study Group 6: Broadcasting service',23);
INSERT INTO "body_aliases" VALUES('itursg7','ITU-R SG7',24);
INSERT INTO "body_aliases" VALUES('itursg7scienceservices','ITU-R Study Group 7: Science services',24);
INSERT INTO "body_aliases" VALUES('iturwp1a','ITU-R WP 1A',25);
INSERT INTO "body_aliases" VALUES('wp1a','WP 1A',25);
INSERT INTO "body_aliases" VALUES('iturwp1b','ITU-R WP 1B',26);
INSERT INTO "body_aliases" VALUES('wp1b','WP 1B',26);
INSERT INTO "body_aliases" VALUES('iturwp1c','ITU-R WP 1C',27);
INSERT INTO "body_aliases" VALUES('wp1c','WP 1C',27);
INSERT INTO "body_aliases" VALUES('iturwp3j','ITU-R WP 3J',28);
INSERT INTO "body_aliases" VALUES('wp3j','WP 3J',28);
INSERT INTO "body_aliases" VALUES('iturwp3k','ITU-R WP 3K',29);
INSERT INTO "body_aliases" VALUES('wp3k','WP 3K',29);
INSERT INTO "body_aliases" VALUES('iturwp3l','ITU-R WP 3L',30);
INSERT INTO "body_aliases" VALUES('wp3l','WP 3L',30);
INSERT INTO "body_aliases" VALUES('iturwp3m','ITU-R WP 3M',31);
INSERT INTO "body_aliases" VALUES('wp3m','WP 3M',31);
INSERT INTO "body_aliases" VALUES('iturwp4a','ITU-R WP 4A',32);
INSERT INTO "body_aliases" VALUES('wp4a','WP 4A',32);
INSERT INTO "body_aliases" VALUES('iturwp4b','ITU-R WP 4B',33);
INSERT INTO "body_aliases" VALUES('wp4b','WP 4B',33);
INSERT INTO "body_aliases" VALUES('iturwp4c','ITU-R WP 4C',34);
INSERT INTO "body_aliases" VALUES('wp4c','WP 4C',34);
INSERT INTO "body_aliases" VALUES('iturwp5a','ITU-R WP 5A',35);
INSERT INTO "body_aliases" VALUES('wp5a','WP 5A',35);
INSERT INTO "body_aliases" VALUES('iturwp5b','ITU-R WP 5B',36);
INSERT INTO "body_aliases" VALUES('wp5b','WP 5B',36);
INSERT INTO "body_aliases" VALUES('iturwp5c','ITU-R WP 5C',37);
INSERT INTO "body_aliases" VALUES('wp5c','WP 5C',37);
INSERT INTO "body_aliases" VALUES('iturwp5d','ITU-R WP 5D',38);
INSERT INTO "body_aliases" VALUES('wp5d','WP 5D',38);
INSERT INTO "body_aliases" VALUES('iturwp6a','ITU-R WP 6A',39);
INSERT INTO "body_aliases" VALUES('wp6a','WP 6A',39);
INSERT INTO "body_aliases" VALUES('iturwp6b','ITU-R WP 6B',40);
INSERT INTO "body_aliases" VALUES('wp6b','WP 6B',40);
INSERT INTO "body_aliases" VALUES('iturwp6c','ITU-R WP 6C',41);
INSERT INTO "body_aliases" VALUES('wp6c','WP 6C',41);
INSERT INTO "body_aliases" VALUES('iturwp7a','ITU-R WP 7A',42);
INSERT INTO "body_aliases" VALUES('wp7a','WP 7A',42);
INSERT INTO "body_aliases" VALUES('iturwp7b','ITU-R WP 7B',43);
INSERT INTO "body_aliases" VALUES('wp7b','WP 7B',43);
INSERT INTO "body_aliases" VALUES('iturwp7c','ITU-R WP 7C',44);
INSERT INTO "body_aliases" VALUES('wp7c','WP 7C',44);
INSERT INTO "body_aliases" VALUES('iturwp7d','ITU-R WP 7D',45);
INSERT INTO "body_aliases" VALUES('wp7d','WP 7D',45);
INSERT INTO "body_aliases" VALUES('iturrag','ITU-R RAG',46);
INSERT INTO "body_aliases" VALUES('radiocommunicationadvisorygroup','Radiocommunication Advisory Group',46);
INSERT INTO "body_aliases" VALUES('itudsg1','ITU-D SG1',47);
INSERT INTO "body_aliases" VALUES('itudsg1enablingenvironmentformeaningfulconnectivity','ITU-D Study Group 1: Enabling environment for meaningful connectivity',47);
INSERT INTO "body_aliases" VALUES('itudsg2','ITU-D SG2',48);
INSERT INTO "body_aliases" VALUES('itudsg2digitaltransformation','ITU-D Study Group 2: Digital transformation',48);
INSERT INTO "body_aliases" VALUES('itudtdag','ITU-D TDAG',49);
INSERT INTO "body_aliases" VALUES('telecommunicationdevelopmentadvisorygroup','Telecommunication Development Advisory Group',49);
INSERT INTO "body_aliases" VALUES('tdag','TDAG',49);
INSERT INTO "body_aliases" VALUES('ituirgava','ITU IRG-AVA',50);
INSERT INTO "body_aliases" VALUES('intersectorrapporteurgrouponaudiovisualmediaaccessibility','Intersector Rapporteur Group on Audiovisual Media Accessibility',50);
INSERT INTO "body_aliases" VALUES('irgava','IRG-AVA',50);
INSERT INTO "body_aliases" VALUES('iso','ISO',51);
INSERT INTO "body_aliases" VALUES('internationalorganizationforstandardization','International Organization for Standardization',51);
INSERT INTO "body_aliases" VALUES('iec','IEC',52);
INSERT INTO "body_aliases" VALUES('internationalelectrotechnicalcommission','International Electrotechnical Commission',52);
INSERT INTO "body_aliases" VALUES('isoiecjtc1','ISO/IEC JTC 1',53);
INSERT INTO "body_aliases" VALUES('isoiecjointtc1informationtechnology','ISO/IEC Joint Technical Committee 1: Information technology',53);
INSERT INTO "body_aliases" VALUES('jtc1','JTC 1',53);
INSERT INTO "body_aliases" VALUES('isoiecjtc1sc2','ISO/IEC JTC 1/SC 2',54);
INSERT INTO "body_aliases" VALUES('isoiecjtc1sc2codedcharactersets','ISO/IEC JTC 1/SC 2: Coded character sets',54);
INSERT INTO "body_aliases" VALUES('jtc1sc2','JTC 1/SC 2',54);
INSERT INTO "body_aliases" VALUES('isoiecjtc1sc6','ISO/IEC JTC 1/SC 6',55);
INSERT INTO "body_aliases" VALUES('isoiecjtc1sc6telecommunicationsandinformationexchangebetweensystems','ISO/IEC JTC 1/SC 6: Telecommunications and information exchange between systems',55);
INSERT INTO "body_aliases" VALUES('jtc1sc6','JTC 1/SC 6',55);
INSERT INTO "body_aliases" VALUES('isoiecjtc1sc7','ISO/IEC JTC 1/SC 7',56);
INSERT INTO "body_aliases" VALUES('isoiecjtc1sc7softwareandsystemsengineering','ISO/IEC JTC 1/SC 7: Software and systems engineering',56);
INSERT INTO "body_aliases" VALUES('jtc1sc7','JTC 1/SC 7',56);
INSERT INTO "body_aliases" VALUES('isoiecjtc1sc17','ISO/IEC JTC 1/SC 17',57);
INSERT INTO "body_aliases" VALUES('isoiecjtc1sc17cardsandsecuritydevicesforpersonalidentification','ISO/IEC JTC 1/SC 17: Cards and security devices for personal identification',57);
INSERT INTO "body_aliases" VALUES('jtc1sc17','JTC 1/SC 17',57);
INSERT INTO "body_aliases" VALUES('isoiecjtc1sc22','ISO/IEC JTC 1/SC 22',58);
INSERT INTO "body_aliases" VALUES('isoiecjtc1sc22programminglanguagestheirenvironmentsandsystemsoftwareinterfaces','ISO/IEC JTC 1/SC 22: Programming languages, their environments and system software interfaces',58);
INSERT INTO "body_aliases" VALUES('jtc1sc22','JTC 1/SC 22',58);
INSERT INTO "body_aliases" VALUES('isoiecjtc1sc23','ISO/IEC JTC 1/SC 23',59);
INSERT INTO "body_aliases" VALUES('isoiecjtc1sc23digitalstoragemediaforinformationinterchange','ISO/IEC JTC 1/SC 23: Digital storage media for information interchange',59);
INSERT INTO "body_aliases" VALUES('jtc1sc23','JTC 1/SC 23',59);
INSERT INTO "body_aliases" VALUES('isoiecjtc1sc24','ISO/IEC JTC 1/SC 24',60);
INSERT INTO "body_aliases" VALUES('isoiecjtc1sc24computergraphicsimageprocessingandenvironmentaldatarepresentation','ISO/IEC JTC 1/SC 24: Computer graphics, image processing and environmental data representation',60);
INSERT INTO "body_aliases" VALUES('jtc1sc24','JTC 1/SC 24',60);
INSERT INTO "body_aliases" VALUES('isoiecjtc1sc25','ISO/IEC JTC 1/SC 25',61);
INSERT INTO "body_aliases" VALUES('isoiecjtc1sc25interconnectionofinformationtechnologyequipment','ISO/IEC JTC 1/SC 25: Interconnection of information technology equipment',61);
INSERT INTO "body_aliases" VALUES('jtc1sc25','JTC 1/SC 25',61);
INSERT INTO "body_aliases" VALUES('isoiecjtc1sc27','ISO/IEC JTC 1/SC 27',62);
INSERT INTO "body_aliases" VALUES('isoiecjtc1sc27informationsecuritycybersecurityandprivacyprotection','ISO/IEC JTC 1/SC 27: Information security, cybersecurity and privacy protection',62);
INSERT INTO "body_aliases" VALUES('jtc1sc27','JTC 1/SC 27',62);
INSERT INTO "body_aliases" VALUES('isoiecjtc1sc28','ISO/IEC JTC 1/SC 28',63);
INSERT INTO "body_aliases" VALUES('isoiecjtc1sc28officeequipment','ISO/IEC JTC 1/SC 28: Office equipment',63);
INSERT INTO "body_aliases" VALUES('jtc1sc28','JTC 1/SC 28',63);
INSERT INTO "body_aliases" VALUES('isoiecjtc1sc29','ISO/IEC JTC 1/SC 29',64);
INSERT INTO "body_aliases" VALUES('isoiecjtc1sc29codingofaudiopicturemultimediaandhypermediainformation','ISO/IEC JTC 1/SC 29: Coding of audio, picture, multimedia and hypermedia information',64);
INSERT INTO "body_aliases" VALUES('jtc1sc29','JTC 1/SC 29',64);
INSERT INTO "body_aliases" VALUES('isoiecjtc1sc31','ISO/IEC JTC 1/SC 31',65);
INSERT INTO "body_aliases" VALUES('isoiecjtc1sc31automaticidentificationanddatacapturetechniques','ISO/IEC JTC 1/SC 31: Automatic identification and data capture techniques',65);
INSERT INTO "body_aliases" VALUES('jtc1sc31','JTC 1/SC 31',65);
INSERT INTO "body_aliases" VALUES('isoiecjtc1sc32','ISO/IEC JTC 1/SC 32',66);
INSERT INTO "body_aliases" VALUES('isoiecjtc1sc32datamanagementandinterchange','ISO/IEC JTC 1/SC 32: Data management and interchange',66);
INSERT INTO "body_aliases" VALUES('jtc1sc32','JTC 1/SC 32',66);
INSERT INTO "body_aliases" VALUES('isoiecjtc1sc34','ISO/IEC JTC 1/SC 34',67);
INSERT INTO "body_aliases" VALUES('isoiecjtc1sc34documentdescriptionandprocessinglanguages','ISO/IEC JTC 1/SC 34: Document description and processing languages',67);
INSERT INTO "body_aliases" VALUES('jtc1sc34','JTC 1/SC 34',67);
INSERT INTO "body_aliases" VALUES('isoiecjtc1sc35','ISO/IEC JTC 1/SC 35',68);
INSERT INTO "body_aliases" VALUES('isoiecjtc1sc35userinterfaces','ISO/IEC JTC 1/SC 35: User interfaces',68);
INSERT INTO "body_aliases" VALUES('jtc1sc35','JTC 1/SC 35',68);
INSERT INTO "body_aliases" VALUES('isoiecjtc1sc36','ISO/IEC JTC 1/SC 36',69);
INSERT INTO "body_aliases" VALUES('isoiecjtc1sc36informationtechnologyforlearningeducationandtraining','ISO/IEC JTC 1/SC 36: Information technology for learning, education and training',69);
INSERT INTO "body_aliases" VALUES('jtc1sc36','JTC 1/SC 36',69);
INSERT INTO "body_aliases" VALUES('isoiecjtc1sc37','ISO/IEC JTC 1/SC 37',70);
INSERT INTO "body_aliases" VALUES('isoiecjtc1sc37biometrics','ISO/IEC JTC 1/SC 37: Biometrics',70);
INSERT INTO "body_aliases" VALUES('jtc1sc37','JTC 1/SC 37',70);
INSERT INTO "body_aliases" VALUES('isoiecjtc1sc38','ISO/IEC JTC 1/SC 38',71);
INSERT INTO "body_aliases" VALUES('isoiecjtc1sc38cloudcomputinganddistributedplatforms','ISO/IEC JTC 1/SC 38: Cloud computing and distributed platforms',71);
INSERT INTO "body_aliases" VALUES('jtc1sc38','JTC 1/SC 38',71);
INSERT INTO "body_aliases" VALUES('isoiecjtc1sc39','ISO/IEC JTC 1/SC 39',72);
INSERT INTO "body_aliases" VALUES('isoiecjtc1sc39sustainabilityitanddatacentres','ISO/IEC JTC 1/SC 39: Sustainability, IT and data centres',72);
INSERT INTO "body_aliases" VALUES('jtc1sc39','JTC 1/SC 39',72);
INSERT INTO "body_aliases" VALUES('isoiecjtc1sc40','ISO/IEC JTC 1/SC 40',73);
INSERT INTO "body_aliases" VALUES('isoiecjtc1sc40itservicemanagementanditgovernance','ISO/IEC JTC 1/SC 40: IT service management and IT governance',73);
INSERT INTO "body_aliases" VALUES('jtc1sc40','JTC 1/SC 40',73);
INSERT INTO "body_aliases" VALUES('isoiecjtc1sc41','ISO/IEC JTC 1/SC 41',74);
INSERT INTO "body_aliases" VALUES('isoiecjtc1sc41internetofthingsanddigitaltwin','ISO/IEC JTC 1/SC 41: Internet of things and digital twin',74);
INSERT INTO "body_aliases" VALUES('jtc1sc41','JTC 1/SC 41',74);
INSERT INTO "body_aliases" VALUES('isoiecjtc1sc42','ISO/IEC JTC 1/SC 42',75);
INSERT INTO "body_aliases" VALUES('isoiecjtc1sc42artificialintelligence','ISO/IEC JTC 1/SC 42: Artificial intelligence',75);
INSERT INTO "body_aliases" VALUES('jtc1sc42','JTC 1/SC 42',75);
INSERT INTO "body_aliases" VALUES('isoiecjtc1sc43','ISO/IEC JTC 1/SC 43',76);
INSERT INTO "body_aliases" VALUES('isoiecjtc1sc43braincomputerinterfaces','ISO/IEC JTC 1/SC 43: Brain-computer interfaces',76);
INSERT INTO "body_aliases" VALUES('jtc1sc43','JTC 1/SC 43',76);
INSERT INTO "body_aliases" VALUES('isoiecjtc1sc44','ISO/IEC JTC 1/SC 44',77);
INSERT INTO "body_aliases" VALUES('isoiecjtc1sc44consumerprotectioninthefieldofprivacybydesign','ISO/IEC JTC 1/SC 44: Consumer protection in the field of privacy by design',77);
INSERT INTO "body_aliases" VALUES('jtc1sc44','JTC 1/SC 44',77);
INSERT INTO "body_aliases" VALUES('isotc68','ISO/TC 68',78);
INSERT INTO "body_aliases" VALUES('isotc68financialservices','ISO/TC 68: Financial services',78);
INSERT INTO "body_aliases" VALUES('isotc69','ISO/TC 69',79);
INSERT INTO "body_aliases" VALUES('isotc69applicationsofstatisticalmethods','ISO/TC 69: Applications of statistical methods',79);
INSERT INTO "body_aliases" VALUES('isotc133','ISO/TC 133',80);
INSERT INTO "body_aliases" VALUES('isotc133clothingsizingsystemssizedesignationsizemeasurementmethodsanddigitalfittings','ISO/TC 133: Clothing sizing systems - size designation, size measurement methods and digital fittings',80);
INSERT INTO "body_aliases" VALUES('isotc184','ISO/TC 184',81);
INSERT INTO "body_aliases" VALUES('isotc184automationsystemsandintegration','ISO/TC 184: Automation systems and integration',81);
INSERT INTO "body_aliases" VALUES('isotc307','ISO/TC 307',82);
INSERT INTO "body_aliases" VALUES('isotc307blockchainanddistributedledgertechnologies','ISO/TC 307: Blockchain and distributed ledger technologies',82);
INSERT INTO "body_aliases" VALUES('iectc57','IEC TC 57',83);
INSERT INTO "body_aliases" VALUES('iectc57powersystemsmanagementandassociatedinformationexchange','IEC TC 57: Power systems management and associated information exchange',83);
INSERT INTO "body_aliases" VALUES('iectc65','IEC TC 65',84);
INSERT INTO "body_aliases" VALUES('iectc65industrialprocessmeasurementcontrolandautomation','IEC TC 65: Industrial-process measurement, control and automation',84);
INSERT INTO "body_aliases" VALUES('iectc79','IEC TC 79',85);
INSERT INTO "body_aliases" VALUES('iectc79alarmandelectronicsecuritysystems','IEC TC 79: Alarm and electronic security systems',85);
INSERT INTO "body_aliases" VALUES('iectc85','IEC TC 85',86);
INSERT INTO "body_aliases" VALUES('iectc85measuringequipmentforelectricalandelectromagneticquantities','IEC TC 85: Measuring equipment for electrical and electromagnetic quantities',86);
INSERT INTO "body_aliases" VALUES('iectc100','IEC TC 100',87);
INSERT INTO "body_aliases" VALUES('iectc100audiovideoandmultimediasystemsandequipment','IEC TC 100: Audio, video and multimedia systems and equipment',87);
INSERT INTO "body_aliases" VALUES('iecseg15','IEC SEG 15',88);
INSERT INTO "body_aliases" VALUES('iecstandardizationevaluationgroup15metaverse','IEC Standardization Evaluation Group 15: Metaverse',88);
INSERT INTO "body_aliases" VALUES('3gpp','3GPP',89);
INSERT INTO "body_aliases" VALUES('3rdgenerationpartnershipproject','3rd Generation Partnership Project',89);
INSERT INTO "body_aliases" VALUES('3gpptsgran','3GPP TSG RAN',90);
INSERT INTO "body_aliases" VALUES('tsgran','TSG RAN',90);
INSERT INTO "body_aliases" VALUES('3gppranplenary','3GPP RAN plenary',90);
INSERT INTO "body_aliases" VALUES('3gpptsgsa','3GPP TSG SA',91);
INSERT INTO "body_aliases" VALUES('tsgsa','TSG SA',91);
INSERT INTO "body_aliases" VALUES('3gppsaplenary','3GPP SA plenary',91);
INSERT INTO "body_aliases" VALUES('3gpptsgct','3GPP TSG CT',92);
INSERT INTO "body_aliases" VALUES('tsgct','TSG CT',92);
INSERT INTO "body_aliases" VALUES('3gppctplenary','3GPP CT plenary',92);
INSERT INTO "body_aliases" VALUES('3gppran1','3GPP RAN1',93);
INSERT INTO "body_aliases" VALUES('3gpptsgranwg1radiolayer1','3GPP TSG RAN WG1: Radio layer 1',93);
INSERT INTO "body_aliases" VALUES('ran1','RAN1',93);
INSERT INTO "body_aliases" VALUES('ranwg1','RAN WG1',93);
INSERT INTO "body_aliases" VALUES('tsgranwg1','TSG RAN WG1',93);
INSERT INTO "body_aliases" VALUES('3gpptsgranwg1','3GPP TSG RAN WG1',93);
INSERT INTO "body_aliases" VALUES('3gppranwg1','3GPP RAN WG1',93);
INSERT INTO "body_aliases" VALUES('3gppran2','3GPP RAN2',94);
INSERT INTO "body_aliases" VALUES('3gpptsgranwg2radiolayer2andradiolayer3radioresourcecontrol','3GPP TSG RAN WG2: Radio layer 2 and radio layer 3 radio resource control',94);
INSERT INTO "body_aliases" VALUES('ran2','RAN2',94);
INSERT INTO "body_aliases" VALUES('ranwg2','RAN WG2',94);
INSERT INTO "body_aliases" VALUES('tsgranwg2','TSG RAN WG2',94);
INSERT INTO "body_aliases" VALUES('3gpptsgranwg2','3GPP TSG RAN WG2',94);
INSERT INTO "body_aliases" VALUES('3gppranwg2','3GPP RAN WG2',94);
INSERT INTO "body_aliases" VALUES('3gppran3','3GPP RAN3',95);
INSERT INTO "body_aliases" VALUES('3gpptsgranwg3radioaccessnetworkarchitectureandinterfaces','3GPP TSG RAN WG3: Radio access network architecture and interfaces',95);
INSERT INTO "body_aliases" VALUES('ran3','RAN3',95);
INSERT INTO "body_aliases" VALUES('ranwg3','RAN WG3',95);
INSERT INTO "body_aliases" VALUES('tsgranwg3','TSG RAN WG3',95);
INSERT INTO "body_aliases" VALUES('3gpptsgranwg3','3GPP TSG RAN WG3',95);
INSERT INTO "body_aliases" VALUES('3gppranwg3','3GPP RAN WG3',95);
INSERT INTO "body_aliases" VALUES('3gppran4','3GPP RAN4',96);
INSERT INTO "body_aliases" VALUES('3gpptsgranwg4radioperformanceandprotocolaspects','3GPP TSG RAN WG4: Radio performance and protocol aspects',96);
INSERT INTO "body_aliases" VALUES('ran4','RAN4',96);
INSERT INTO "body_aliases" VALUES('ranwg4','RAN WG4',96);
INSERT INTO "body_aliases" VALUES('tsgranwg4','TSG RAN WG4',96);
INSERT INTO "body_aliases" VALUES('3gpptsgranwg4','3GPP TSG RAN WG4',96);
INSERT INTO "body_aliases" VALUES('3gppranwg4','3GPP RAN WG4',96);
INSERT INTO "body_aliases" VALUES('3gppran5','3GPP RAN5',97);
INSERT INTO "body_aliases" VALUES('3gpptsgranwg5mobileterminalconformancetesting','3GPP TSG RAN WG5: Mobile terminal conformance testing',97);
INSERT INTO "body_aliases" VALUES('ran5','RAN5',97);
INSERT INTO "body_aliases" VALUES('ranwg5','RAN WG5',97);
INSERT INTO "body_aliases" VALUES('tsgranwg5','TSG RAN WG5',97);
INSERT INTO "body_aliases" VALUES('3gpptsgranwg5','3GPP TSG RAN WG5',97);
INSERT INTO "body_aliases" VALUES('3gppranwg5','3GPP RAN WG5',97);
INSERT INTO "body_aliases" VALUES('3gppsa1','3GPP SA1',98);
INSERT INTO "body_aliases" VALUES('3gpptsgsawg1services','3GPP TSG SA WG1: Services',98);
INSERT INTO "body_aliases" VALUES('sa1','SA1',98);
INSERT INTO "body_aliases" VALUES('sawg1','SA WG1',98);
INSERT INTO "body_aliases" VALUES('tsgsawg1','TSG SA WG1',98);
INSERT INTO "body_aliases" VALUES('3gpptsgsawg1','3GPP TSG SA WG1',98);
INSERT INTO "body_aliases" VALUES('3gppsawg1','3GPP SA WG1',98);
INSERT INTO "body_aliases" VALUES('3gppsa2','3GPP SA2',99);
INSERT INTO "body_aliases" VALUES('3gpptsgsawg2systemarchitectureandservices','3GPP TSG SA WG2: System architecture and services',99);
INSERT INTO "body_aliases" VALUES('sa2','SA2',99);
INSERT INTO "body_aliases" VALUES('sawg2','SA WG2',99);
INSERT INTO "body_aliases" VALUES('tsgsawg2','TSG SA WG2',99);
INSERT INTO "body_aliases" VALUES('3gpptsgsawg2','3GPP TSG SA WG2',99);
INSERT INTO "body_aliases" VALUES('3gppsawg2','3GPP SA WG2',99);
INSERT INTO "body_aliases" VALUES('3gppsa3','3GPP SA3',100);
INSERT INTO "body_aliases" VALUES('3gpptsgsawg3securityandprivacy','3GPP TSG SA WG3: Security and privacy',100);
INSERT INTO "body_aliases" VALUES('sa3','SA3',100);
INSERT INTO "body_aliases" VALUES('sawg3','SA WG3',100);
INSERT INTO "body_aliases" VALUES('tsgsawg3','TSG SA WG3',100);
INSERT INTO "body_aliases" VALUES('3gpptsgsawg3','3GPP TSG SA WG3',100);
INSERT INTO "body_aliases" VALUES('3gppsawg3','3GPP SA WG3',100);
INSERT INTO "body_aliases" VALUES('3gppsa4','3GPP SA4',101);
INSERT INTO "body_aliases" VALUES('3gpptsgsawg4multimediacodecssystemsandservices','3GPP TSG SA WG4: Multimedia codecs, systems and services',101);
INSERT INTO "body_aliases" VALUES('sa4','SA4',101);
INSERT INTO "body_aliases" VALUES('sawg4','SA WG4',101);
INSERT INTO "body_aliases" VALUES('tsgsawg4','TSG SA WG4',101);
INSERT INTO "body_aliases" VALUES('3gpptsgsawg4','3GPP TSG SA WG4',101);
INSERT INTO "body_aliases" VALUES('3gppsawg4','3GPP SA WG4',101);
INSERT INTO "body_aliases" VALUES('3gppsa5','3GPP SA5',102);
INSERT INTO "body_aliases" VALUES('3gpptsgsawg5managementorchestrationandcharging','3GPP TSG SA WG5: Management, orchestration and charging',102);
INSERT INTO "body_aliases" VALUES('sa5','SA5',102);
INSERT INTO "body_aliases" VALUES('sawg5','SA WG5',102);
INSERT INTO "body_aliases" VALUES('tsgsawg5','TSG SA WG5',102);
INSERT INTO "body_aliases" VALUES('3gpptsgsawg5','3GPP TSG SA WG5',102);
INSERT INTO "body_aliases" VALUES('3gppsawg5','3GPP SA WG5',102);
INSERT INTO "body_aliases" VALUES('3gppsa6','3GPP SA6',103);
INSERT INTO "body_aliases" VALUES('3gpptsgsawg6applicationenablementandcriticalcommunicationapplications','3GPP TSG SA WG6: Application enablement and critical communication applications',103);
INSERT INTO "body_aliases" VALUES('sa6','SA6',103);
INSERT INTO "body_aliases" VALUES('sawg6','SA WG6',103);
INSERT INTO "body_aliases" VALUES('tsgsawg6','TSG SA WG6',103);
INSERT INTO "body_aliases" VALUES('3gpptsgsawg6','3GPP TSG SA WG6',103);
INSERT INTO "body_aliases" VALUES('3gppsawg6','3GPP SA WG6',103);
INSERT INTO "body_aliases" VALUES('3gppct1','3GPP CT1',104);
INSERT INTO "body_aliases" VALUES('3gpptsgctwg1userequipmenttocorenetworkprotocols','3GPP TSG CT WG1: User equipment to core network protocols',104);
INSERT INTO "body_aliases" VALUES('ct1','CT1',104);
INSERT INTO "body_aliases" VALUES('ctwg1','CT WG1',104);
INSERT INTO "body_aliases" VALUES('tsgctwg1','TSG CT WG1',104);
INSERT INTO "body_aliases" VALUES('3gpptsgctwg1','3GPP TSG CT WG1',104);
INSERT INTO "body_aliases" VALUES('3gppctwg1','3GPP CT WG1',104);
INSERT INTO "body_aliases" VALUES('3gppct3','3GPP CT3',105);
INSERT INTO "body_aliases" VALUES('3gpptsgctwg3interworkingwithexternalnetworksandpolicyandchargingcontrol','3GPP TSG CT WG3: Interworking with external networks and policy and charging control',105);
INSERT INTO "body_aliases" VALUES('ct3','CT3',105);
INSERT INTO "body_aliases" VALUES('ctwg3','CT WG3',105);
INSERT INTO "body_aliases" VALUES('tsgctwg3','TSG CT WG3',105);
INSERT INTO "body_aliases" VALUES('3gpptsgctwg3','3GPP TSG CT WG3',105);
INSERT INTO "body_aliases" VALUES('3gppctwg3','3GPP CT WG3',105);
INSERT INTO "body_aliases" VALUES('3gppct4','3GPP CT4',106);
INSERT INTO "body_aliases" VALUES('3gpptsgctwg4corenetworkprotocols','3GPP TSG CT WG4: Core network protocols',106);
INSERT INTO "body_aliases" VALUES('ct4','CT4',106);
INSERT INTO "body_aliases" VALUES('ctwg4','CT WG4',106);
INSERT INTO "body_aliases" VALUES('tsgctwg4','TSG CT WG4',106);
INSERT INTO "body_aliases" VALUES('3gpptsgctwg4','3GPP TSG CT WG4',106);
INSERT INTO "body_aliases" VALUES('3gppctwg4','3GPP CT WG4',106);
INSERT INTO "body_aliases" VALUES('3gppct6','3GPP CT6',107);
INSERT INTO "body_aliases" VALUES('3gpptsgctwg6smartcardapplicationaspects','3GPP TSG CT WG6: Smart card application aspects',107);
INSERT INTO "body_aliases" VALUES('ct6','CT6',107);
INSERT INTO "body_aliases" VALUES('ctwg6','CT WG6',107);
INSERT INTO "body_aliases" VALUES('tsgctwg6','TSG CT WG6',107);
INSERT INTO "body_aliases" VALUES('3gpptsgctwg6','3GPP TSG CT WG6',107);
INSERT INTO "body_aliases" VALUES('3gppctwg6','3GPP CT WG6',107);
INSERT INTO "body_aliases" VALUES('etsi','ETSI',108);
INSERT INTO "body_aliases" VALUES('europeantelecommunicationsstandardsinstitute','European Telecommunications Standards Institute',108);
INSERT INTO "body_aliases" VALUES('etsiisgarf','ETSI ISG ARF',109);
INSERT INTO "body_aliases" VALUES('etsiindustryspecificationgroupaugmentedrealityframework','ETSI Industry Specification Group Augmented Reality Framework',109);
INSERT INTO "body_aliases" VALUES('etsiarf','ETSI ARF',109);
INSERT INTO "body_aliases" VALUES('isgarf','ISG ARF',109);
INSERT INTO "body_aliases" VALUES('etsitccyber','ETSI TC CYBER',110);
INSERT INTO "body_aliases" VALUES('etsitccybersecurity','ETSI Technical Committee Cyber Security',110);
INSERT INTO "body_aliases" VALUES('etsicyber','ETSI CYBER',110);
INSERT INTO "body_aliases" VALUES('tccyber','TC CYBER',110);
INSERT INTO "body_aliases" VALUES('ietf','IETF',111);
INSERT INTO "body_aliases" VALUES('internetengineeringtaskforce','Internet Engineering Task Force',111);
INSERT INTO "body_aliases" VALUES('iab','IAB',112);
INSERT INTO "body_aliases" VALUES('internetarchitectureboard','Internet Architecture Board',112);
INSERT INTO "body_aliases" VALUES('iesg','IESG',113);
INSERT INTO "body_aliases" VALUES('internetengineeringsteeringgroup','Internet Engineering Steering Group',113);
INSERT INTO "body_aliases" VALUES('irtf','IRTF',114);
INSERT INTO "body_aliases" VALUES('internetresearchtaskforce','Internet Research Task Force',114);
INSERT INTO "body_aliases" VALUES('w3c','W3C',115);
INSERT INTO "body_aliases" VALUES('worldwidewebconsortium','World Wide Web Consortium',115);
INSERT INTO "body_aliases" VALUES('w3comi','W3C OMI',116);
INSERT INTO "body_aliases" VALUES('w3copenmetaverseinteroperabilitycommunitygroup','W3C Open Metaverse Interoperability Community Group',116);
INSERT INTO "body_aliases" VALUES('omi','OMI',116);
INSERT INTO "body_aliases" VALUES('omigroup','OMI Group',116);
INSERT INTO "body_aliases" VALUES('w3cimmersivewebwg','W3C Immersive Web WG',117);
INSERT INTO "body_aliases" VALUES('ieeesa','IEEE SA',118);
INSERT INTO "body_aliases" VALUES('ieeestandardsassociation','IEEE Standards Association',118);
INSERT INTO "body_aliases" VALUES('ieee','IEEE',118);
INSERT INTO "body_aliases" VALUES('ieeesamsc','IEEE SA MSC',119);
INSERT INTO "body_aliases" VALUES('ieeemetaversestandardscommittee','IEEE Metaverse Standards Committee',119);
INSERT INTO "body_aliases" VALUES('ieeemsc','IEEE MSC',119);
INSERT INTO "body_aliases" VALUES('ipv6forum','IPv6 Forum',120);
INSERT INTO "body_aliases" VALUES('broadbandforum','Broadband Forum',121);
INSERT INTO "body_aliases" VALUES('bbf','BBF',121);
INSERT INTO "body_aliases" VALUES('tmforum','TM Forum',122);
INSERT INTO "body_aliases" VALUES('tmf','TMF',122);
INSERT INTO "body_aliases" VALUES('inatba','INATBA',123);
INSERT INTO "body_aliases" VALUES('internationalassociationfortrustedblockchainapplications','International Association for Trusted Blockchain Applications',123);
INSERT INTO "body_aliases" VALUES('worldmetaversecouncil','World Metaverse Council',124);
INSERT INTO "body_aliases" VALUES('wmc','WMC',124);
INSERT INTO "body_aliases" VALUES('metaversestandardsforum','Metaverse Standards Forum',125);
INSERT INTO "body_aliases" VALUES('msf','MSF',125);
INSERT INTO "body_aliases" VALUES('openmetaversefoundation','Open Metaverse Foundation',126);
INSERT INTO "body_aliases" VALUES('omf','OMF',126);
INSERT INTO "body_aliases" VALUES('digitaltwinconsortium','Digital Twin Consortium',127);
INSERT INTO "body_aliases" VALUES('dtc','DTC',127);
INSERT INTO "body_aliases" VALUES('vrmconsortium','VRM Consortium',128);
INSERT INTO "body_aliases" VALUES('vrm','VRM',128);
INSERT INTO "body_aliases" VALUES('iownglobalforum','IOWN Global Forum',129);
INSERT INTO "body_aliases" VALUES('iowngf','IOWN GF',129);
INSERT INTO "body_aliases" VALUES('iown','IOWN',129);
INSERT INTO "body_aliases" VALUES('khronosgroup','Khronos Group',130);
INSERT INTO "body_aliases" VALUES('khronos','Khronos',130);
INSERT INTO "body_aliases" VALUES('opengeospatialconsortium','Open Geospatial Consortium',131);
INSERT INTO "body_aliases" VALUES('ogc','OGC',131);
INSERT INTO "body_aliases" VALUES('gsma','GSMA',132);
INSERT INTO "body_aliases" VALUES('gsmassociation','GSM Association',132);
INSERT INTO "body_aliases" VALUES('missioncriticalopenforum','Mission Critical Open Forum',133);
INSERT INTO "body_aliases" VALUES('acmemetaverseforum','Acme Metaverse Forum',134);
INSERT INTO "body_aliases" VALUES('amf','AMF',134);
CREATE TABLE events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    kind TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    data TEXT NOT NULL
);
INSERT INTO "events" VALUES(1,'2026-12-07T12:23:28.088853Z','liaise','registry.seeded','registry',0,'{"bodies":132,"fingerprint":"8bdd0ce192e91a5d-132"}');
INSERT INTO "events" VALUES(2,'2026-12-07T12:23:28.089375Z','cli','body.created','body',133,'{"canonical":"Mission Critical Open Forum","file":"testdata/ls/3gpp/c1-235555.txt","list":"for_information","status":"unconfirmed","written":"Mission Critical Open Forum"}');
INSERT INTO "events" VALUES(3,'2026-12-07T12:23:28.089375Z','cli','ls.created','ls',1,'{"doc_number":"C1-235555","file":"testdata/ls/3gpp/c1-235555.txt","format":"text","record":{"abstract":"CT1 started work on mission critical data services for large public events held in virtual venues.\nThe protocol aspects follow TS 24.282 and TS 24.582.","action_taken":null,"actions":[],"approval":null,"approval_date":null,"attachments":[],"body":"1. Overall Description:\nCT1 started work on mission critical data services for large public events held in virtual venues.\nThe protocol aspects follow TS 24.282 and TS 24.582.\n\n2. Actions:\nNone.\n\n3. Dates of next meetings:\nCT1#146\t13 - 17 November 2023\tChicago, US","cc":["CT3"],"cited":[],"contacts":[{"country":null,"email":"laura.gomez@example.es","name":"Laura Gomez","organization":null}],"deadline":null,"doc_number":"C1-235555","for_action":[],"for_comment":[],"for_information":["SA6","Mission Critical Open Forum"],"kind":"liaison statement","layout":"3gpp","meeting":{"end":"2023-10-13","name":"3GPP TSG CT WG1 Meeting #145","place":"e-meeting","start":"2023-10-09"},"next_meetings":["CT1#146\t13 - 17 November 2023\tChicago, US"],"officers":[],"original_language":null,"purpose":null,"questions":[],"ref":null,"release":"Rel-19","requests":[],"response_to":[],"response_to_text":null,"sector":null,"send_reply_to":"3GPP Liaisons Coordinator, mailto:3GPPLiaison@etsi.org","source_as_written":"CT1","source_name":null,"state":null,"study_period":null,"submitted":null,"title":"LS on mission critical data for metaverse events","topics":[],"work_item":"MCXMeta","working_party":null},"sha256":"9e2db630af8f26ce93ff947d1339c334f2c1d997473d663ce49b10bd449de2cc","title":"LS on mission critical data for metaverse events","warnings":[{"field":"for_information","message":"unknown body \"Mission Critical Open Forum\" added as unconfirmed; merge it into a known body with `liaise bodies merge \"Mission Critical Open Forum\" BODY` or confirm it with `liaise bodies confirm \"Mission Critical Open Forum\"`","quote":"Mission Critical Open Forum"}]}');
INSERT INTO "events" VALUES(4,'2026-12-07T12:23:28.089375Z','cli','ls.created','ls',2,'{"doc_number":"S2-2309876","file":"testdata/ls/3gpp/s2-2309876.txt","format":"text","record":{"abstract":"SA2 thanks SA4 for LS S4-231450 on split rendering for AR/MR devices.\nSA2 has studied the traffic characteristics of split rendering. The PDU set handling of Rel-18\nsupports the traffic model that SA4 describes.","action_taken":null,"actions":[{"text":"SA2 asks SA4 to take the above into account and to inform SA2 of any change to the traffic model.","to":["SA4"]}],"approval":null,"approval_date":null,"attachments":[],"body":"1. Overall Description:\nSA2 thanks SA4 for LS S4-231450 on split rendering for AR/MR devices.\nSA2 has studied the traffic characteristics of split rendering. The PDU set handling of Rel-18\nsupports the traffic model that SA4 describes.\n\n2. Actions:\nSA2 asks SA4 to take the above into account and to inform SA2 of any change to the traffic model.\n\n3. Dates of next meetings:\nSA2#160\t13 - 17 November 2023\tChicago, US\nSA2#161\t26 February - 1 March 2024\tAthens, GR","cc":[],"cited":["S4-231450"],"contacts":[{"country":null,"email":"chen.wei@example.cn","name":"Chen Wei","organization":null,"phone":"+86 10 0000 0000"}],"deadline":null,"doc_number":"S2-2309876","for_action":["SA4"],"for_comment":[],"for_information":["RAN2"],"kind":"reply","layout":"3gpp","meeting":{"end":"2023-10-20","name":"3GPP TSG-SA WG2 Meeting #159","place":"Sophia Antipolis, France","start":"2023-10-16"},"next_meetings":["SA2#160\t13 - 17 November 2023\tChicago, US","SA2#161\t26 February - 1 March 2024\tAthens, GR"],"officers":[],"original_language":null,"purpose":null,"questions":[],"ref":null,"release":"Rel-18","requests":["take the above into account and to inform SA2 of any change to the traffic model"],"response_to":["S4-231450"],"response_to_text":"LS on split rendering for AR/MR devices (S4-231450)","sector":null,"send_reply_to":"3GPP Liaisons Coordinator, mailto:3GPPLiaison@etsi.org","source_as_written":"TSG SA WG2","source_name":null,"state":null,"study_period":null,"submitted":null,"title":"Reply LS on split rendering for AR/MR devices","topics":[],"work_item":"XRM","working_party":null},"sha256":"eaac6ab6a2a077f01f3262115dcf53bce44fced875977e85f8acc6102fff9fbc","title":"Reply LS on split rendering for AR/MR devices","warnings":[]}');
INSERT INTO "events" VALUES(5,'2026-12-07T12:23:28.089375Z','cli','ls.created','ls',3,'{"doc_number":"S4-231450","file":"testdata/ls/3gpp/s4-231450.docx","format":"docx","record":{"abstract":"SA4 has completed TR 26.998 on glass-type AR/MR devices and is specifying split rendering in TS 26.565.\nSA4 would like to inform ITU-T SG16 and ETSI ISG ARF of this work.","action_taken":null,"actions":[{"text":"SA4 kindly asks ITU-T SG16 to provide information on its work on immersive video coding that could support split rendering.","to":["ITU-T SG16"]},{"text":"SA4 kindly asks ETSI ISG ARF to consider TS 26.565 in its AR framework architecture.","to":["ETSI ISG ARF"]}],"approval":null,"approval_date":null,"attachments":["S4-231399","S4-231400"],"body":"1. Overall Description:\nSA4 has completed TR 26.998 on glass-type AR/MR devices and is specifying split rendering in TS 26.565.\nSA4 would like to inform ITU-T SG16 and ETSI ISG ARF of this work.\n\n2. Actions:\nSA4 kindly asks ITU-T SG16 to provide information on its work on immersive video coding that could support split rendering.\nSA4 kindly asks ETSI ISG ARF to consider TS 26.565 in its AR framework architecture.\n\n3. Dates of next meetings:\nTSG SA WG4 Meeting #126\t13 - 17 November 2023\tChicago, US\nTSG SA WG4 Meeting #127\t19 - 23 February 2024\tSophia Antipolis, FR","cc":["SA2","RAN1"],"cited":[],"contacts":[{"country":null,"email":"maria.koch@example.com","name":"Maria Koch","organization":null}],"deadline":null,"doc_number":"S4-231450","for_action":["ITU-T SG16","ETSI ISG ARF"],"for_comment":[],"for_information":[],"kind":"liaison statement","layout":"3gpp","meeting":{"end":"2023-08-25","name":"3GPP TSG SA WG4 Meeting #125","place":"Toulouse, France","start":"2023-08-21"},"next_meetings":["TSG SA WG4 Meeting #126\t13 - 17 November 2023\tChicago, US","TSG SA WG4 Meeting #127\t19 - 23 February 2024\tSophia Antipolis, FR"],"officers":[],"original_language":null,"purpose":null,"questions":[],"ref":null,"release":"Rel-18","requests":["information on its work on immersive video coding that could support split rendering","consider TS 26.565 in its AR framework architecture"],"response_to":[],"response_to_text":null,"sector":null,"send_reply_to":"3GPP Liaisons Coordinator, mailto:3GPPLiaison@etsi.org","source_as_written":"SA4","source_name":null,"state":null,"study_period":null,"submitted":null,"title":"LS on split rendering for AR/MR devices","topics":[],"work_item":"SR_IMS","working_party":null},"sha256":"7f9f43c4fae03af3cf18f0b8a8586382f1797c4e37f782a66e8b4f2f16231085","title":"LS on split rendering for AR/MR devices","warnings":[]}');
INSERT INTO "events" VALUES(6,'2026-12-07T12:23:28.089375Z','cli','ls.updated','ls',3,'{"doc_number":"S4-231450","file":"testdata/ls/3gpp/s4-231450.txt","format":"text","record":{"abstract":"SA4 has completed TR 26.998 on glass-type AR/MR devices and is specifying split rendering in TS 26.565.\nSA4 would like to inform ITU-T SG16 and ETSI ISG ARF of this work.","action_taken":null,"actions":[{"text":"SA4 kindly asks ITU-T SG16 to provide information on its work on immersive video coding that could support split rendering.","to":["ITU-T SG16"]},{"text":"SA4 kindly asks ETSI ISG ARF to consider TS 26.565 in its AR framework architecture.","to":["ETSI ISG ARF"]}],"approval":null,"approval_date":null,"attachments":["S4-231399","S4-231400"],"body":"1. Overall Description:\nSA4 has completed TR 26.998 on glass-type AR/MR devices and is specifying split rendering in TS 26.565.\nSA4 would like to inform ITU-T SG16 and ETSI ISG ARF of this work.\n\n2. Actions:\nSA4 kindly asks ITU-T SG16 to provide information on its work on immersive video coding that could support split rendering.\nSA4 kindly asks ETSI ISG ARF to consider TS 26.565 in its AR framework architecture.\n\n3. Dates of next meetings:\nTSG SA WG4 Meeting #126\t13 - 17 November 2023\tChicago, US\nTSG SA WG4 Meeting #127\t19 - 23 February 2024\tSophia Antipolis, FR","cc":["SA2","RAN1"],"cited":[],"contacts":[{"country":null,"email":"maria.koch@example.com","name":"Maria Koch","organization":null}],"deadline":null,"doc_number":"S4-231450","for_action":["ITU-T SG16","ETSI ISG ARF"],"for_comment":[],"for_information":[],"kind":"liaison statement","layout":"3gpp","meeting":{"end":"2023-08-25","name":"3GPP TSG SA WG4 Meeting #125","place":"Toulouse, France","start":"2023-08-21"},"next_meetings":["TSG SA WG4 Meeting #126\t13 - 17 November 2023\tChicago, US","TSG SA WG4 Meeting #127\t19 - 23 February 2024\tSophia Antipolis, FR"],"officers":[],"original_language":null,"purpose":null,"questions":[],"ref":null,"release":"Rel-18","requests":["information on its work on immersive video coding that could support split rendering","consider TS 26.565 in its AR framework architecture"],"response_to":[],"response_to_text":null,"sector":null,"send_reply_to":"3GPP Liaisons Coordinator, mailto:3GPPLiaison@etsi.org","source_as_written":"SA4","source_name":null,"state":null,"study_period":null,"submitted":null,"title":"LS on split rendering for AR/MR devices","topics":[],"work_item":"SR_IMS","working_party":null},"sha256":"e6fe94147806aec8198417987263e5ebd5a305aa63b794e29a05a4f4298bf0ed","title":"LS on split rendering for AR/MR devices","warnings":[]}');
INSERT INTO "events" VALUES(7,'2026-12-07T12:23:28.089375Z','cli','ls.created','ls',4,'{"doc_number":null,"file":"testdata/ls/ietf/ietf-mail-iab-dt.txt","format":"text","record":{"abstract":"The IAB has followed the work of ITU-T SG17 on security for digital twin systems.","action_taken":null,"actions":[],"approval":null,"approval_date":null,"attachments":[],"body":"The IAB has followed the work of ITU-T SG17 on security for digital twin systems.\n\nThe IAB would like to ask ITU-T SG17 to share its draft Recommendations on digital twin security\nand to consider the threat model of RFC 3552 in that work.\n\nRegards,\nKim Lee, for the IAB","cc":[],"cited":[],"contacts":[{"country":null,"email":"kim.lee@example.org","name":"Kim Lee","organization":null,"role":"from"},{"country":null,"email":"iab@example.org","name":"IAB","organization":null,"role":"cc"},{"country":null,"email":"sec-ads@example.org","name":"Security Area Directors","organization":null,"role":"cc"},{"country":null,"email":"kim.lee@example.org","name":"Kim Lee","organization":null,"role":"response"},{"country":null,"email":"omar.haddad@example.org","name":"Omar Haddad","organization":null,"role":"technical"},{"country":null,"email":"jane.doe@example.org","name":"Jane Doe","organization":null,"role":"to"}],"deadline":"2024-04-30","doc_number":null,"for_action":["ITU-T SG17"],"for_comment":[],"for_information":[],"kind":"liaison statement","layout":"ietf","meeting":null,"next_meetings":[],"officers":[],"original_language":null,"purpose":"For action","questions":[],"ref":"https://datatracker.example.org/liaison/1902/","release":null,"requests":["its draft Recommendations on digital twin security and to consider the threat model of RFC 3552 in that work"],"response_to":[],"response_to_text":null,"sector":null,"send_reply_to":null,"source_as_written":"IAB","source_name":null,"state":null,"study_period":null,"submitted":"2024-02-20","title":"Liaison statement on security considerations for digital twins","topics":[],"work_item":null,"working_party":null},"sha256":"3c0281d2be2e99957e52cb423b32f897b92dff8b6219d06407e8e0b2104ddaa3","title":"Liaison statement on security considerations for digital twins","warnings":[]}');
INSERT INTO "events" VALUES(8,'2026-12-07T12:23:28.089375Z','cli','ls.created','ls',5,'{"doc_number":null,"file":"testdata/ls/ietf/ietf-page-arf-quic.txt","format":"text","record":{"abstract":"ETSI ISG ARF is specifying the transport of AR content between AR devices and edge servers (ETSI GS ARF 004). The ISG considers QUIC and the work of the MOQ working group for this transport.","action_taken":true,"actions":[],"approval":null,"approval_date":null,"attachments":["ARF(23)012 LS to IETF on QUIC"],"body":"ETSI ISG ARF is specifying the transport of AR content between AR devices and edge servers\n(ETSI GS ARF 004). The ISG considers QUIC and the work of the MOQ working group for this\ntransport.\n\nETSI ISG ARF invites the IETF to comment on the suitability of QUIC for the traffic patterns\ndescribed in the attachment.\n\nBest regards,\nPierre Martin, Chair of ETSI ISG ARF","cc":[],"cited":[],"contacts":[{"country":null,"email":null,"name":"Pierre Martin","organization":null,"role":"from"},{"country":null,"email":"chair@example.org","name":"The IETF Chair","organization":null,"role":"to"},{"country":null,"email":"iesg@example.org","name":"The IESG","organization":null,"role":"cc"},{"country":null,"email":"moq-chairs@example.org","name":"MOQ Chairs","organization":null,"role":"cc"},{"country":null,"email":"pierre.martin@example.fr","name":"Pierre Martin","organization":null,"role":"response"},{"country":null,"email":"sofia.rossi@example.it","name":"Sofia Rossi","organization":null,"role":"technical"}],"deadline":"2023-07-31","doc_number":null,"for_action":[],"for_comment":["IETF"],"for_information":[],"kind":"liaison statement","layout":"ietf","meeting":null,"next_meetings":[],"officers":[],"original_language":null,"purpose":"For comment","questions":[],"ref":null,"release":null,"requests":["comment on the suitability of QUIC for the traffic patterns described in the attachment"],"response_to":[],"response_to_text":null,"sector":null,"send_reply_to":null,"source_as_written":"ETSI-ISG-ARF","source_name":null,"state":"Posted","study_period":null,"submitted":"2023-05-12","title":"LS on QUIC and media transport for immersive services","topics":[],"work_item":null,"working_party":null},"sha256":"9207c437cd29fd224bb872dc21f65f3dcb018560a166fc8513bb546f8d43e1c4","title":"LS on QUIC and media transport for immersive services","warnings":[]}');
INSERT INTO "events" VALUES(9,'2026-12-07T12:23:28.089375Z','cli','ls.created','ls',6,'{"doc_number":null,"file":"testdata/ls/ietf/ietf-page-s3-reply.html","format":"html","record":{"abstract":"SA3 thanks the IETF and the IAB for their reply to S3-240123.","action_taken":null,"actions":[],"approval":null,"approval_date":null,"attachments":["S3-240456"],"body":"SA3 thanks the IETF and the IAB for their reply to S3-240123.\n\nSA3 has taken the information on OAuth 2.0 & OpenID Connect into account\nin TR 33.898.","cc":[],"cited":["S3-240123"],"contacts":[{"country":null,"email":null,"name":"Anna Nowak","organization":null,"role":"from"},{"country":null,"email":"chair@example.org","name":"The IETF Chair","organization":null,"role":"to"},{"country":null,"email":"iab-chair@example.org","name":"The IAB Chair","organization":null,"role":"to"}],"deadline":null,"doc_number":null,"for_action":[],"for_comment":[],"for_information":["IETF","IAB"],"kind":"reply","layout":"ietf","meeting":null,"next_meetings":[],"officers":[],"original_language":null,"purpose":"In response","questions":[],"ref":null,"release":null,"requests":[],"response_to":["S3-240123"],"response_to_text":"LS on authentication for metaverse services (S3-240123)","sector":null,"send_reply_to":null,"source_as_written":"3GPP TSG SA WG3","source_name":null,"state":"Posted","study_period":null,"submitted":"2024-03-05","title":"Reply LS on authentication for metaverse services","topics":[],"work_item":null,"working_party":null},"sha256":"3ab50e7a8c7b382e299005e6cf578a94ddb5009636ab948bffaa5c3cd4eb093a","title":"Reply LS on authentication for metaverse services","warnings":[]}');
INSERT INTO "events" VALUES(10,'2026-12-07T12:23:28.089375Z','cli','ls.created','ls',7,'{"doc_number":"FG-MV-LS1","file":"testdata/ls/itu/fg-mv-ls1.docx","format":"docx","record":{"abstract":"A new ITU-T Focus Group on metaverse (FG-MV) established in December 2022, would like to collaborate with SDOs on metaverse. For accelerating FG work, FG would like to request any information on metaverse standardization work, especially standardization roadmap, published specifications and reports.","action_taken":null,"actions":[],"approval":"ITU-T FG-MV meeting (Riyadh, 09 March 2023)","approval_date":"2023-03-09","attachments":[],"body":"A new ITU-T Focus Group on metaverse (FG-MV) was created in December 2022. The Chairman is Mr Shin-Gak KANG (ETRI, Republic of Korea), with Vice-Chairmen Ms Shane HE (Nokia Corporation, Finland), Mr Hideo IMANAKA (National Institute of Information and Communication Technology – NICT, Japan), Mr Per FRÖJDH (Telefon AB – LM Ericsson, Sweden), Mr Andrey PEREZ (Agência Nacional de Telecomunicações – ANATEL, Brazil), Mr Vincent AFFLECK (Department for Digital, Culture, Media and Sport – DCMS, United Kingdom), Mr Yuntao WANG (Ministry of Industry and Information Technology – MIIT, China P.R.), Mr Leonidas ANTHOPOULOS (University of Thessaly, Greece), Mr Manuel BARREIRO (Aston Group, Mexico), Ms Cristina MARTINEZ (European Commission), Ms Stella KIPSAITA (Communications Authority, Kenya) and Ms Natalia BAYONA (World Tourism Organization – UNWTO).\nThe objective of the ITU-T Focus Groups is to help advance the work of the ITU Telecommunication Standardization Sector (ITU-T) study groups and to encourage the participation of members of other standards organizations, including experts and individuals who may not be members of ITU. The new FG-MV will report to TSAG and operate for an initial term of one year with the terms of reference (see the FG-MV home page at https://itu.int/go/fgmv).\nThe FG-MV held its first meeting in Riyadh, Saudi Arabia (Kingdom of) on 8 and 9 March 2023. At the meeting, FG-MV agreed on the FG structure and a first list of deliverables. The following table lists the potential relationship between topics addressed by the FG-MV and related SDOs.\nTable: possible relationship between FG-MV topics and other SDOs\nTopics in FG-MV | Topics (but not limited to) | (possible) Related organizations\nGeneral | Terminology | IEC SEG15, JTC1 SC24 and SC41, IEEE SA MSC,\nGeneral | Standard roadmap | All SDOs\nGeneral | Collaboration with SDOs | All SDOs\nUse cases and Requirements | Use cases | All SDOs / (especially ITU-R SG5, IEC, ISO, JTC1\nUse cases and Requirements | High-level requirements | All SDOs\nMedia CODEC |  | ITU-T SG16, JTC1 SC29\nInfrastructure | Cloud network | ITU-T SG13, JTC1 SC38\nInfrastructure | Networking Infrastructure | ITU-T SG13, SG15, MSF, OMF\nInfrastructure | Blockchain (DLT) | ITU-T SG16, ISO TC307\nVirtual/real world integration | Virtual-real world mapping | ITU-T SGs 9, 16 and 20, IEC, ISO TC184, JTC1 SC41, DTC, IOWN GF\nVirtual/real world integration | Digital assets | MSF, OMF\nInteroperability | Architecture and Interfaces | ITU-T SGs11, 13 and 16, W3C OMI, ETSI ARF, MSF, OMF, VRM\nSecurity | Security aspects | ITU-T SG17, JTC1 SC27, MSF\nData and PII protection | Data and PII protect aspects | ITU-T SG17, MSF\nEconomic |  | ITU-T SG3, ISO TC68\nSustainability | Environment aspects | ITU-T SG5\nAccessibility | Accessibility aspects | ITU-T SG16\nPolicy and Regulation |  | ITU-T SG3, OMF\n\nFG-MV would like to request you to provide information regarding any roadmap, technical specifications and/or reports of metaverse-related standardization work.\nFG-MV would like to collaborate on the standardization work on metaverse with your organization. FG-MV would be grateful if you would designate a liaison rapporteur to facilitate the collaboration.\nInformation about FG-MV is available at https://itu.int/go/fgmv including information on upcoming meetings, instructions on how to join the FG-MV, how to subscribe to the FG-MV mailing list, and how to access the collaboration area.\nParticipation in ITU-T Focus Groups is open to all interested experts coming from a country that is a member of ITU. The new FG-MV looks forward to cooperating with you.","cc":[],"cited":[],"contacts":[{"country":"Rep. of Korea","email":"sgkang@etri.re.kr","name":"Shin-Gak Kang","organization":"ETRI"},{"country":"Japan","email":"h.imanaka@nict.go.jp","name":"Hideo Imanaka","organization":"NICT"}],"deadline":"2023-06-30","doc_number":"FG-MV-LS1","for_action":["ITU-R SG5","IEC SEG15","IEC TC57","IEC TC65","IEC TC79","IEC TC85","IEC TC100","ISO TC68","ISO TC69","ISO TC133","ISO TC184",{"name":"ISO TC307","written":"ISO TC 307"},"ISO/IEC JTC1 SC24","ISO/IEC JTC1 SC27","ISO/IEC JTC1 SC29","ISO/IEC JTC1 SC38","ISO/IEC JTC1 SC41","ISO/IEC JTC1 SC43","IEEE SA","W3C","IETF","ETSI ISG-ARF","3GPP SA1","3GPP SA4","IPv6 Forum","Broadband Forum","TMForum","ISO/IEC JTC 1 SC42","INATBA","ITU IRG AVA","ETSI TC Cyber","ISO/IEC JTC1 SC35","World Metaverse Council","Metaverse Standards Forum","Open Metaverse Foundation","Digital Twin Consortium","VRM consortium","IOWN Global Forum"],"for_comment":[],"for_information":[{"name":"ITU-T SG2","written":"ITU-T SGs 2"},{"name":"ITU-T SG3","written":"3"},{"name":"ITU-T SG5","written":"5"},{"name":"ITU-T SG9","written":"9"},{"name":"ITU-T SG11","written":"11"},{"name":"ITU-T SG12","written":"12"},{"name":"ITU-T SG13","written":"13"},{"name":"ITU-T SG15","written":"15"},{"name":"ITU-T SG16","written":"16"},{"name":"ITU-T SG17","written":"17"},{"name":"ITU-T SG20","written":"20"},"TSAG",{"name":"ITU-D SG1","written":"ITU-D SGs 1"},{"name":"ITU-D SG2","written":"2"},"ITU-R SG6"],"kind":"liaison statement","layout":"itu","meeting":{"end":"2023-03-09","place":"Riyadh","start":"2023-03-08"},"next_meetings":[],"officers":[{"country":"Republic of Korea","name":"Shin-Gak Kang","organization":"ETRI","role":"chair"},{"country":"Finland","name":"Shane He","organization":"Nokia Corporation","role":"vice-chair"},{"country":"Japan","name":"Hideo Imanaka","organization":"National Institute of Information and Communication Technology – NICT","role":"vice-chair"},{"country":"Sweden","name":"Per Fröjdh","organization":"Telefon AB – LM Ericsson","role":"vice-chair"},{"country":"Brazil","name":"Andrey Perez","organization":"Agência Nacional de Telecomunicações – ANATEL","role":"vice-chair"},{"country":"United Kingdom","name":"Vincent Affleck","organization":"Department for Digital, Culture, Media and Sport – DCMS","role":"vice-chair"},{"country":"China P.R.","name":"Yuntao Wang","organization":"Ministry of Industry and Information Technology – MIIT","role":"vice-chair"},{"country":"Greece","name":"Leonidas Anthopoulos","organization":"University of Thessaly","role":"vice-chair"},{"country":"Mexico","name":"Manuel Barreiro","organization":"Aston Group","role":"vice-chair"},{"country":null,"name":"Cristina Martinez","organization":"European Commission","role":"vice-chair"},{"country":"Kenya","name":"Stella Kipsaita","organization":"Communications Authority","role":"vice-chair"},{"country":null,"name":"Natalia Bayona","organization":"World Tourism Organization – UNWTO","role":"vice-chair"}],"original_language":"English","purpose":null,"questions":[],"ref":"FG-MV-O-001","release":null,"requests":["information regarding any roadmap, technical specifications and/or reports of metaverse-related standardization work","designate a liaison rapporteur"],"response_to":[],"response_to_text":null,"sector":"ITU-T","send_reply_to":null,"source_as_written":"FG-MV","source_name":"Focus Group on metaverse","state":null,"study_period":"2022-2024","submitted":null,"title":"LS on requesting collaboration on metaverse standardization work","topics":[{"group":"General","related":["IEC SEG15","JTC1 SC24",{"name":"JTC1 SC41","written":"SC41"},"IEEE SA MSC"],"related_as_written":"IEC SEG15, JTC1 SC24 and SC41, IEEE SA MSC,","topic":"Terminology"},{"group":"General","related":["All SDOs"],"related_as_written":"All SDOs","topic":"Standard roadmap"},{"group":"General","related":["All SDOs"],"related_as_written":"All SDOs","topic":"Collaboration with SDOs"},{"especially":["ITU-R SG5","IEC","ISO","JTC1"],"group":"Use cases and Requirements","related":["All SDOs"],"related_as_written":"All SDOs\n(especially ITU-R SG5, IEC, ISO, JTC1","topic":"Use cases"},{"group":"Use cases and Requirements","related":["All SDOs"],"related_as_written":"All SDOs","topic":"High-level requirements"},{"group":"Media CODEC","related":["ITU-T SG16","JTC1 SC29"],"related_as_written":"ITU-T SG16, JTC1 SC29","topic":null},{"group":"Infrastructure","related":["ITU-T SG13","JTC1 SC38"],"related_as_written":"ITU-T SG13, JTC1 SC38","topic":"Cloud network"},{"group":"Infrastructure","related":["ITU-T SG13",{"name":"ITU-T SG15","written":"SG15"},"MSF","OMF"],"related_as_written":"ITU-T SG13, SG15, MSF, OMF","topic":"Networking Infrastructure"},{"group":"Infrastructure","related":["ITU-T SG16","ISO TC307"],"related_as_written":"ITU-T SG16, ISO TC307","topic":"Blockchain (DLT)"},{"group":"Virtual/real world integration","related":[{"name":"ITU-T SG9","written":"ITU-T SGs 9"},{"name":"ITU-T SG16","written":"16"},{"name":"ITU-T SG20","written":"20"},"IEC","ISO TC184","JTC1 SC41","DTC","IOWN GF"],"related_as_written":"ITU-T SGs 9, 16 and 20, IEC, ISO TC184, JTC1 SC41, DTC, IOWN GF","topic":"Virtual-real world mapping"},{"group":"Virtual/real world integration","related":["MSF","OMF"],"related_as_written":"MSF, OMF","topic":"Digital assets"},{"group":"Interoperability","related":[{"name":"ITU-T SG11","written":"ITU-T SGs11"},{"name":"ITU-T SG13","written":"13"},{"name":"ITU-T SG16","written":"16"},"W3C OMI","ETSI ARF","MSF","OMF","VRM"],"related_as_written":"ITU-T SGs11, 13 and 16, W3C OMI, ETSI ARF, MSF, OMF, VRM","topic":"Architecture and Interfaces"},{"group":"Security","related":["ITU-T SG17","JTC1 SC27","MSF"],"related_as_written":"ITU-T SG17, JTC1 SC27, MSF","topic":"Security aspects"},{"group":"Data and PII protection","related":["ITU-T SG17","MSF"],"related_as_written":"ITU-T SG17, MSF","topic":"Data and PII protect aspects"},{"group":"Economic","related":["ITU-T SG3","ISO TC68"],"related_as_written":"ITU-T SG3, ISO TC68","topic":null},{"group":"Sustainability","related":["ITU-T SG5"],"related_as_written":"ITU-T SG5","topic":"Environment aspects"},{"group":"Accessibility","related":["ITU-T SG16"],"related_as_written":"ITU-T SG16","topic":"Accessibility aspects"},{"group":"Policy and Regulation","related":["ITU-T SG3","OMF"],"related_as_written":"ITU-T SG3, OMF","topic":null}],"work_item":null,"working_party":null},"sha256":"e89b488ab2d6f3b2b189fb2162e4407c18cc41271c28d1c61119899dda6c3bd7","title":"LS on requesting collaboration on metaverse standardization work","warnings":[]}');
INSERT INTO "events" VALUES(11,'2026-12-07T12:23:28.089375Z','cli','ls.created','ls',8,'{"doc_number":null,"file":"crates/liaise-app/demo/ietf-sg13-ipv6.txt","format":"text","record":{"abstract":"ITU-T SG13 is developing requirements for the addressing of metaverse devices in future networks. ITU-T SG13 would like to ask the IETF to provide information on ongoing work on IPv6 addressing that applies to such devices.","action_taken":false,"actions":[],"approval":null,"approval_date":null,"attachments":["LS text (SG13-LS902)"],"body":"ITU-T SG13 is developing requirements for the addressing of metaverse devices in future networks.\nITU-T SG13 would like to ask the IETF to provide information on ongoing work on IPv6 addressing that applies to such devices.\n\nBest regards,\nLena Fischer","cc":[],"cited":[],"contacts":[{"country":null,"email":null,"name":"Lena Fischer","organization":null,"role":"from"},{"country":null,"email":"chair@example.net","name":"The IETF Chair","organization":null,"role":"to"},{"country":null,"email":"iesg@example.net","name":"The IESG","organization":null,"role":"cc"},{"country":null,"email":"lena.fischer@example.net","name":"Lena Fischer","organization":null,"role":"response"},{"country":null,"email":"rafael.ortiz@example.net","name":"Rafael Ortiz","organization":null,"role":"technical"}],"deadline":"2024-01-31","doc_number":null,"for_action":["IETF"],"for_comment":[],"for_information":[],"kind":"liaison statement","layout":"ietf","meeting":null,"next_meetings":[],"officers":[],"original_language":null,"purpose":"For action","questions":[],"ref":null,"release":null,"requests":["information on ongoing work on IPv6 addressing that applies to such devices"],"response_to":[],"response_to_text":null,"sector":null,"send_reply_to":null,"source_as_written":"ITU-T-SG-13","source_name":null,"state":"Posted","study_period":null,"submitted":"2023-10-02","title":"LS on IPv6 addressing for metaverse devices (example statement shipped with liaise)","topics":[],"work_item":null,"working_party":null},"sha256":"6928e50894ef93f7cbe6cac187334768ac0859eded5eb2da0cdc4de077ea4362","title":"LS on IPv6 addressing for metaverse devices (example statement shipped with liaise)","warnings":[]}');
INSERT INTO "events" VALUES(12,'2026-12-07T12:23:28.089375Z','cli','ls.created','ls',9,'{"doc_number":"S4-231901","file":"crates/liaise-app/demo/s4-231901.txt","format":"text","record":{"abstract":"SA4 thanks ITU-T SG16 for its LS SG16-LS901 on immersive media coding for metaverse services.\nSA4 is studying immersive media formats in TR 26.998 and TR 26.928, and plans a technical specification in Release 19.\nSA4 has designated Mr Jonas Berg (Example Mobile, Sweden) as its liaison rapporteur towards ITU-T SG16.","action_taken":null,"actions":[{"text":"SA4 kindly asks ITU-T SG16 to share the draft Recommendation when it is available.","to":["ITU-T SG16"]}],"approval":null,"approval_date":null,"attachments":["S4-231880"],"body":"1. Overall Description:\nSA4 thanks ITU-T SG16 for its LS SG16-LS901 on immersive media coding for metaverse services.\nSA4 is studying immersive media formats in TR 26.998 and TR 26.928, and plans a technical specification in Release 19.\nSA4 has designated Mr Jonas Berg (Example Mobile, Sweden) as its liaison rapporteur towards ITU-T SG16.\n\n2. Actions:\nSA4 kindly asks ITU-T SG16 to share the draft Recommendation when it is available.\n\n3. Dates of next meetings:\nTSG SA WG4 Meeting #127\t19 - 23 February 2024\tSophia Antipolis, FR\nTSG SA WG4 Meeting #128\t20 - 24 May 2024\tJeju, KR","cc":["SA2",{"name":"ISO/IEC JTC 1 SC29","written":"ISO/IEC JTC 1/SC 29"}],"cited":["SG16-LS901"],"contacts":[{"country":null,"email":"jonas.berg@example.com","name":"Jonas Berg","organization":null}],"deadline":null,"doc_number":"S4-231901","for_action":["ITU-T SG16"],"for_comment":[],"for_information":[],"kind":"reply","layout":"3gpp","meeting":{"end":"2023-11-17","name":"3GPP TSG SA WG4 Meeting #126","place":"Chicago, US","start":"2023-11-13"},"next_meetings":["TSG SA WG4 Meeting #127\t19 - 23 February 2024\tSophia Antipolis, FR","TSG SA WG4 Meeting #128\t20 - 24 May 2024\tJeju, KR"],"officers":[],"original_language":null,"purpose":null,"questions":[],"ref":null,"release":"Rel-18","requests":["the draft Recommendation when it is available"],"response_to":["SG16-LS901"],"response_to_text":"LS on immersive media coding for metaverse services (SG16-LS901) from ITU-T SG16","sector":null,"send_reply_to":"3GPP Liaisons Coordinator, mailto:3GPPLiaison@etsi.org","source_as_written":"SA4","source_name":null,"state":null,"study_period":null,"submitted":null,"title":"Reply LS on immersive media coding for metaverse services (example statement shipped with liaise)","topics":[],"work_item":"FS_IMMER","working_party":null},"sha256":"4f9e8359db77d54e9d85c82dd1782d50113544b09284dd52fd7de66e28be1cf2","title":"Reply LS on immersive media coding for metaverse services (example statement shipped with liaise)","warnings":[]}');
INSERT INTO "events" VALUES(13,'2026-12-07T12:23:28.089375Z','cli','ls.created','ls',10,'{"doc_number":"SG16-LS901","file":"crates/liaise-app/demo/sg16-ls901.txt","format":"text","record":{"abstract":"ITU-T SG16 informs its partners of new work on immersive media coding for metaverse services and asks for their plans in this area.","action_taken":null,"actions":[],"approval":"ITU-T Study Group 16 meeting (Geneva, 28 July 2023)","approval_date":"2023-07-28","attachments":[],"body":"ITU-T Study Group 16 started work on a Recommendation on immersive media coding for metaverse services at its July 2023 meeting (Geneva, 17-28 July 2023). The Chair is Mr Tomas NOVAK (Example Labs, Czech Republic), with Vice-Chairs Ms Mei LIN (Example University, China) and Mr Kofi MENSAH (Example Networks, Ghana).\nITU-T SG16 would like to ask you to provide your roadmap for immersive media coding, including planned specifications and their dates.\nITU-T SG16 would also be grateful if you would name a contact person for this work to help the coordination of the next steps.\nITU-T SG16 looks forward to cooperating with you.","cc":[],"cited":[],"contacts":[{"country":"Portugal","email":"ana.ribeiro@example.org","name":"Ana Ribeiro","organization":"Example Telecom","phone":"+351 21 000 0000"}],"deadline":"2024-01-15","doc_number":"SG16-LS901","for_action":[{"name":"ISO/IEC JTC 1 SC29","written":"ISO/IEC JTC 1/SC 29"},"3GPP SA4","Khronos Group"],"for_comment":[],"for_information":[{"name":"ITU-T SG9","written":"ITU-T SGs 9"},{"name":"ITU-T SG20","written":"20"},"ITU-R WP 6C"],"kind":"liaison statement","layout":"itu","meeting":{"end":"2023-07-28","place":"Geneva","start":"2023-07-17"},"next_meetings":[],"officers":[{"country":"Czech Republic","name":"Tomas Novak","organization":"Example Labs","role":"chair"},{"country":"China","name":"Mei Lin","organization":"Example University","role":"vice-chair"},{"country":"Ghana","name":"Kofi Mensah","organization":"Example Networks","role":"vice-chair"}],"original_language":"English","purpose":null,"questions":["6/16","8/16"],"ref":"SG16-TD901/PLEN","release":null,"requests":["your roadmap for immersive media coding, including planned specifications and their dates","name a contact person for this work"],"response_to":[],"response_to_text":null,"sector":"ITU-T","send_reply_to":null,"source_as_written":"ITU-T Study Group 16","source_name":"STUDY GROUP 16","state":null,"study_period":"2022-2024","submitted":null,"title":"LS on immersive media coding for metaverse services (example statement shipped with liaise)","topics":[],"work_item":null,"working_party":null},"sha256":"89879d343cae2ef57ad214bd47095ee9eff2ab07573bc594355992ef570e73cf","title":"LS on immersive media coding for metaverse services (example statement shipped with liaise)","warnings":[]}');
INSERT INTO "events" VALUES(14,'2026-12-07T12:23:28.180567Z','cli','body.created','body',134,'{"aliases":[],"canonical":"Acme Metaverse Forum","full_name":null,"kind":"other","parent":null,"status":"confirmed"}');
INSERT INTO "events" VALUES(15,'2026-12-07T12:23:28.199959Z','cli','body.alias_added','body',134,'{"alias":"AMF"}');
CREATE TABLE ls (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    doc_key TEXT NOT NULL,
    doc_number TEXT,
    source_body_id INTEGER NOT NULL REFERENCES bodies (id),
    title TEXT NOT NULL,
    kind TEXT NOT NULL,
    layout TEXT NOT NULL,
    direction TEXT NOT NULL,
    state TEXT NOT NULL,
    deadline TEXT,
    issued TEXT,
    record TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (doc_key, source_body_id)
);
INSERT INTO "ls" VALUES(1,'doc:c1235555','C1-235555',104,'LS on mission critical data for metaverse events','liaison statement','3gpp','incoming','received',NULL,'2023-10-13','{"layout":"3gpp","doc_number":"C1-235555","ref":null,"sector":null,"study_period":null,"source_as_written":"CT1","source_name":null,"questions":[],"working_party":null,"original_language":null,"meeting":{"name":"3GPP TSG CT WG1 Meeting #145","place":"e-meeting","start":"2023-10-09","end":"2023-10-13"},"title":"LS on mission critical data for metaverse events","kind":"liaison statement","for_action":[],"for_comment":[],"for_information":["SA6","Mission Critical Open Forum"],"cc":["CT3"],"approval":null,"approval_date":null,"deadline":null,"contacts":[{"name":"Laura Gomez","organization":null,"country":null,"email":"laura.gomez@example.es"}],"abstract":"CT1 started work on mission critical data services for large public events held in virtual venues.\nThe protocol aspects follow TS 24.282 and TS 24.582.","body":"1. Overall Description:\nCT1 started work on mission critical data services for large public events held in virtual venues.\nThe protocol aspects follow TS 24.282 and TS 24.582.\n\n2. Actions:\nNone.\n\n3. Dates of next meetings:\nCT1#146\t13 - 17 November 2023\tChicago, US","attachments":[],"officers":[],"topics":[],"requests":[],"response_to":[],"response_to_text":null,"release":"Rel-19","work_item":"MCXMeta","send_reply_to":"3GPP Liaisons Coordinator, mailto:3GPPLiaison@etsi.org","actions":[],"next_meetings":["CT1#146\t13 - 17 November 2023\tChicago, US"],"state":null,"submitted":null,"purpose":null,"action_taken":null,"cited":[]}','2026-12-07T12:23:28.089375Z','2026-12-07T12:23:28.089375Z');
INSERT INTO "ls" VALUES(2,'doc:s22309876','S2-2309876',99,'Reply LS on split rendering for AR/MR devices','reply','3gpp','incoming','received',NULL,'2023-10-20','{"layout":"3gpp","doc_number":"S2-2309876","ref":null,"sector":null,"study_period":null,"source_as_written":"TSG SA WG2","source_name":null,"questions":[],"working_party":null,"original_language":null,"meeting":{"name":"3GPP TSG-SA WG2 Meeting #159","place":"Sophia Antipolis, France","start":"2023-10-16","end":"2023-10-20"},"title":"Reply LS on split rendering for AR/MR devices","kind":"reply","for_action":["SA4"],"for_comment":[],"for_information":["RAN2"],"cc":[],"approval":null,"approval_date":null,"deadline":null,"contacts":[{"name":"Chen Wei","organization":null,"country":null,"email":"chen.wei@example.cn","phone":"+86 10 0000 0000"}],"abstract":"SA2 thanks SA4 for LS S4-231450 on split rendering for AR/MR devices.\nSA2 has studied the traffic characteristics of split rendering. The PDU set handling of Rel-18\nsupports the traffic model that SA4 describes.","body":"1. Overall Description:\nSA2 thanks SA4 for LS S4-231450 on split rendering for AR/MR devices.\nSA2 has studied the traffic characteristics of split rendering. The PDU set handling of Rel-18\nsupports the traffic model that SA4 describes.\n\n2. Actions:\nSA2 asks SA4 to take the above into account and to inform SA2 of any change to the traffic model.\n\n3. Dates of next meetings:\nSA2#160\t13 - 17 November 2023\tChicago, US\nSA2#161\t26 February - 1 March 2024\tAthens, GR","attachments":[],"officers":[],"topics":[],"requests":["take the above into account and to inform SA2 of any change to the traffic model"],"response_to":["S4-231450"],"response_to_text":"LS on split rendering for AR/MR devices (S4-231450)","release":"Rel-18","work_item":"XRM","send_reply_to":"3GPP Liaisons Coordinator, mailto:3GPPLiaison@etsi.org","actions":[{"to":["SA4"],"text":"SA2 asks SA4 to take the above into account and to inform SA2 of any change to the traffic model."}],"next_meetings":["SA2#160\t13 - 17 November 2023\tChicago, US","SA2#161\t26 February - 1 March 2024\tAthens, GR"],"state":null,"submitted":null,"purpose":null,"action_taken":null,"cited":["S4-231450"]}','2026-12-07T12:23:28.089375Z','2026-12-07T12:23:28.089375Z');
INSERT INTO "ls" VALUES(3,'doc:s4231450','S4-231450',101,'LS on split rendering for AR/MR devices','liaison statement','3gpp','incoming','received',NULL,'2023-08-25','{"layout":"3gpp","doc_number":"S4-231450","ref":null,"sector":null,"study_period":null,"source_as_written":"SA4","source_name":null,"questions":[],"working_party":null,"original_language":null,"meeting":{"name":"3GPP TSG SA WG4 Meeting #125","place":"Toulouse, France","start":"2023-08-21","end":"2023-08-25"},"title":"LS on split rendering for AR/MR devices","kind":"liaison statement","for_action":["ITU-T SG16","ETSI ISG ARF"],"for_comment":[],"for_information":[],"cc":["SA2","RAN1"],"approval":null,"approval_date":null,"deadline":null,"contacts":[{"name":"Maria Koch","organization":null,"country":null,"email":"maria.koch@example.com"}],"abstract":"SA4 has completed TR 26.998 on glass-type AR/MR devices and is specifying split rendering in TS 26.565.\nSA4 would like to inform ITU-T SG16 and ETSI ISG ARF of this work.","body":"1. Overall Description:\nSA4 has completed TR 26.998 on glass-type AR/MR devices and is specifying split rendering in TS 26.565.\nSA4 would like to inform ITU-T SG16 and ETSI ISG ARF of this work.\n\n2. Actions:\nSA4 kindly asks ITU-T SG16 to provide information on its work on immersive video coding that could support split rendering.\nSA4 kindly asks ETSI ISG ARF to consider TS 26.565 in its AR framework architecture.\n\n3. Dates of next meetings:\nTSG SA WG4 Meeting #126\t13 - 17 November 2023\tChicago, US\nTSG SA WG4 Meeting #127\t19 - 23 February 2024\tSophia Antipolis, FR","attachments":["S4-231399","S4-231400"],"officers":[],"topics":[],"requests":["information on its work on immersive video coding that could support split rendering","consider TS 26.565 in its AR framework architecture"],"response_to":[],"response_to_text":null,"release":"Rel-18","work_item":"SR_IMS","send_reply_to":"3GPP Liaisons Coordinator, mailto:3GPPLiaison@etsi.org","actions":[{"to":["ITU-T SG16"],"text":"SA4 kindly asks ITU-T SG16 to provide information on its work on immersive video coding that could support split rendering."},{"to":["ETSI ISG ARF"],"text":"SA4 kindly asks ETSI ISG ARF to consider TS 26.565 in its AR framework architecture."}],"next_meetings":["TSG SA WG4 Meeting #126\t13 - 17 November 2023\tChicago, US","TSG SA WG4 Meeting #127\t19 - 23 February 2024\tSophia Antipolis, FR"],"state":null,"submitted":null,"purpose":null,"action_taken":null,"cited":[]}','2026-12-07T12:23:28.089375Z','2026-12-07T12:23:28.089375Z');
INSERT INTO "ls" VALUES(4,'title:liaisonstatementonsecurityconsiderationsfordigitaltwins|2024-02-20',NULL,112,'Liaison statement on security considerations for digital twins','liaison statement','ietf','incoming','received','2024-04-30','2024-02-20','{"layout":"ietf","doc_number":null,"ref":"https://datatracker.example.org/liaison/1902/","sector":null,"study_period":null,"source_as_written":"IAB","source_name":null,"questions":[],"working_party":null,"original_language":null,"meeting":null,"title":"Liaison statement on security considerations for digital twins","kind":"liaison statement","for_action":["ITU-T SG17"],"for_comment":[],"for_information":[],"cc":[],"approval":null,"approval_date":null,"deadline":"2024-04-30","contacts":[{"name":"Kim Lee","organization":null,"country":null,"email":"kim.lee@example.org","role":"from"},{"name":"IAB","organization":null,"country":null,"email":"iab@example.org","role":"cc"},{"name":"Security Area Directors","organization":null,"country":null,"email":"sec-ads@example.org","role":"cc"},{"name":"Kim Lee","organization":null,"country":null,"email":"kim.lee@example.org","role":"response"},{"name":"Omar Haddad","organization":null,"country":null,"email":"omar.haddad@example.org","role":"technical"},{"name":"Jane Doe","organization":null,"country":null,"email":"jane.doe@example.org","role":"to"}],"abstract":"The IAB has followed the work of ITU-T SG17 on security for digital twin systems.","body":"The IAB has followed the work of ITU-T SG17 on security for digital twin systems.\n\nThe IAB would like to ask ITU-T SG17 to share its draft Recommendations on digital twin security\nand to consider the threat model of RFC 3552 in that work.\n\nRegards,\nKim Lee, for the IAB","attachments":[],"officers":[],"topics":[],"requests":["its draft Recommendations on digital twin security and to consider the threat model of RFC 3552 in that work"],"response_to":[],"response_to_text":null,"release":null,"work_item":null,"send_reply_to":null,"actions":[],"next_meetings":[],"state":null,"submitted":"2024-02-20","purpose":"For action","action_taken":null,"cited":[]}','2026-12-07T12:23:28.089375Z','2026-12-07T12:23:28.089375Z');
INSERT INTO "ls" VALUES(5,'title:lsonquicandmediatransportforimmersiveservices|2023-05-12',NULL,109,'LS on QUIC and media transport for immersive services','liaison statement','ietf','incoming','received','2023-07-31','2023-05-12','{"layout":"ietf","doc_number":null,"ref":null,"sector":null,"study_period":null,"source_as_written":"ETSI-ISG-ARF","source_name":null,"questions":[],"working_party":null,"original_language":null,"meeting":null,"title":"LS on QUIC and media transport for immersive services","kind":"liaison statement","for_action":[],"for_comment":["IETF"],"for_information":[],"cc":[],"approval":null,"approval_date":null,"deadline":"2023-07-31","contacts":[{"name":"Pierre Martin","organization":null,"country":null,"email":null,"role":"from"},{"name":"The IETF Chair","organization":null,"country":null,"email":"chair@example.org","role":"to"},{"name":"The IESG","organization":null,"country":null,"email":"iesg@example.org","role":"cc"},{"name":"MOQ Chairs","organization":null,"country":null,"email":"moq-chairs@example.org","role":"cc"},{"name":"Pierre Martin","organization":null,"country":null,"email":"pierre.martin@example.fr","role":"response"},{"name":"Sofia Rossi","organization":null,"country":null,"email":"sofia.rossi@example.it","role":"technical"}],"abstract":"ETSI ISG ARF is specifying the transport of AR content between AR devices and edge servers (ETSI GS ARF 004). The ISG considers QUIC and the work of the MOQ working group for this transport.","body":"ETSI ISG ARF is specifying the transport of AR content between AR devices and edge servers\n(ETSI GS ARF 004). The ISG considers QUIC and the work of the MOQ working group for this\ntransport.\n\nETSI ISG ARF invites the IETF to comment on the suitability of QUIC for the traffic patterns\ndescribed in the attachment.\n\nBest regards,\nPierre Martin, Chair of ETSI ISG ARF","attachments":["ARF(23)012 LS to IETF on QUIC"],"officers":[],"topics":[],"requests":["comment on the suitability of QUIC for the traffic patterns described in the attachment"],"response_to":[],"response_to_text":null,"release":null,"work_item":null,"send_reply_to":null,"actions":[],"next_meetings":[],"state":"Posted","submitted":"2023-05-12","purpose":"For comment","action_taken":true,"cited":[]}','2026-12-07T12:23:28.089375Z','2026-12-07T12:23:28.089375Z');
INSERT INTO "ls" VALUES(6,'title:replylsonauthenticationformetaverseservices|2024-03-05',NULL,100,'Reply LS on authentication for metaverse services','reply','ietf','incoming','received',NULL,'2024-03-05','{"layout":"ietf","doc_number":null,"ref":null,"sector":null,"study_period":null,"source_as_written":"3GPP TSG SA WG3","source_name":null,"questions":[],"working_party":null,"original_language":null,"meeting":null,"title":"Reply LS on authentication for metaverse services","kind":"reply","for_action":[],"for_comment":[],"for_information":["IETF","IAB"],"cc":[],"approval":null,"approval_date":null,"deadline":null,"contacts":[{"name":"Anna Nowak","organization":null,"country":null,"email":null,"role":"from"},{"name":"The IETF Chair","organization":null,"country":null,"email":"chair@example.org","role":"to"},{"name":"The IAB Chair","organization":null,"country":null,"email":"iab-chair@example.org","role":"to"}],"abstract":"SA3 thanks the IETF and the IAB for their reply to S3-240123.","body":"SA3 thanks the IETF and the IAB for their reply to S3-240123.\n\nSA3 has taken the information on OAuth 2.0 & OpenID Connect into account\nin TR 33.898.","attachments":["S3-240456"],"officers":[],"topics":[],"requests":[],"response_to":["S3-240123"],"response_to_text":"LS on authentication for metaverse services (S3-240123)","release":null,"work_item":null,"send_reply_to":null,"actions":[],"next_meetings":[],"state":"Posted","submitted":"2024-03-05","purpose":"In response","action_taken":null,"cited":["S3-240123"]}','2026-12-07T12:23:28.089375Z','2026-12-07T12:23:28.089375Z');
INSERT INTO "ls" VALUES(7,'doc:fgmvls1','FG-MV-LS1',18,'LS on requesting collaboration on metaverse standardization work','liaison statement','itu','incoming','received','2023-06-30','2023-03-09','{"layout":"itu","doc_number":"FG-MV-LS1","ref":"FG-MV-O-001","sector":"ITU-T","study_period":"2022-2024","source_as_written":"FG-MV","source_name":"Focus Group on metaverse","questions":[],"working_party":null,"original_language":"English","meeting":{"place":"Riyadh","start":"2023-03-08","end":"2023-03-09"},"title":"LS on requesting collaboration on metaverse standardization work","kind":"liaison statement","for_action":["ITU-R SG5","IEC SEG15","IEC TC57","IEC TC65","IEC TC79","IEC TC85","IEC TC100","ISO TC68","ISO TC69","ISO TC133","ISO TC184",{"written":"ISO TC 307","name":"ISO TC307"},"ISO/IEC JTC1 SC24","ISO/IEC JTC1 SC27","ISO/IEC JTC1 SC29","ISO/IEC JTC1 SC38","ISO/IEC JTC1 SC41","ISO/IEC JTC1 SC43","IEEE SA","W3C","IETF","ETSI ISG-ARF","3GPP SA1","3GPP SA4","IPv6 Forum","Broadband Forum","TMForum","ISO/IEC JTC 1 SC42","INATBA","ITU IRG AVA","ETSI TC Cyber","ISO/IEC JTC1 SC35","World Metaverse Council","Metaverse Standards Forum","Open Metaverse Foundation","Digital Twin Consortium","VRM consortium","IOWN Global Forum"],"for_comment":[],"for_information":[{"written":"ITU-T SGs 2","name":"ITU-T SG2"},{"written":"3","name":"ITU-T SG3"},{"written":"5","name":"ITU-T SG5"},{"written":"9","name":"ITU-T SG9"},{"written":"11","name":"ITU-T SG11"},{"written":"12","name":"ITU-T SG12"},{"written":"13","name":"ITU-T SG13"},{"written":"15","name":"ITU-T SG15"},{"written":"16","name":"ITU-T SG16"},{"written":"17","name":"ITU-T SG17"},{"written":"20","name":"ITU-T SG20"},"TSAG",{"written":"ITU-D SGs 1","name":"ITU-D SG1"},{"written":"2","name":"ITU-D SG2"},"ITU-R SG6"],"cc":[],"approval":"ITU-T FG-MV meeting (Riyadh, 09 March 2023)","approval_date":"2023-03-09","deadline":"2023-06-30","contacts":[{"name":"Shin-Gak Kang","organization":"ETRI","country":"Rep. of Korea","email":"sgkang@etri.re.kr"},{"name":"Hideo Imanaka","organization":"NICT","country":"Japan","email":"h.imanaka@nict.go.jp"}],"abstract":"A new ITU-T Focus Group on metaverse (FG-MV) established in December 2022, would like to collaborate with SDOs on metaverse. For accelerating FG work, FG would like to request any information on metaverse standardization work, especially standardization roadmap, published specifications and reports.","body":"A new ITU-T Focus Group on metaverse (FG-MV) was created in December 2022. The Chairman is Mr Shin-Gak KANG (ETRI, Republic of Korea), with Vice-Chairmen Ms Shane HE (Nokia Corporation, Finland), Mr Hideo IMANAKA (National Institute of Information and Communication Technology – NICT, Japan), Mr Per FRÖJDH (Telefon AB – LM Ericsson, Sweden), Mr Andrey PEREZ (Agência Nacional de Telecomunicações – ANATEL, Brazil), Mr Vincent AFFLECK (Department for Digital, Culture, Media and Sport – DCMS, United Kingdom), Mr Yuntao WANG (Ministry of Industry and Information Technology – MIIT, China P.R.), Mr Leonidas ANTHOPOULOS (University of Thessaly, Greece), Mr Manuel BARREIRO (Aston Group, Mexico), Ms Cristina MARTINEZ (European Commission), Ms Stella KIPSAITA (Communications Authority, Kenya) and Ms Natalia BAYONA (World Tourism Organization – UNWTO).\nThe objective of the ITU-T Focus Groups is to help advance the work of the ITU Telecommunication Standardization Sector (ITU-T) study groups and to encourage the participation of members of other standards organizations, including experts and individuals who may not be members of ITU. The new FG-MV will report to TSAG and operate for an initial term of one year with the terms of reference (see the FG-MV home page at https://itu.int/go/fgmv).\nThe FG-MV held its first meeting in Riyadh, Saudi Arabia (Kingdom of) on 8 and 9 March 2023. At the meeting, FG-MV agreed on the FG structure and a first list of deliverables. The following table lists the potential relationship between topics addressed by the FG-MV and related SDOs.\nTable: possible relationship between FG-MV topics and other SDOs\nTopics in FG-MV | Topics (but not limited to) | (possible) Related organizations\nGeneral | Terminology | IEC SEG15, JTC1 SC24 and SC41, IEEE SA MSC,\nGeneral | Standard roadmap | All SDOs\nGeneral | Collaboration with SDOs | All SDOs\nUse cases and Requirements | Use cases | All SDOs / (especially ITU-R SG5, IEC, ISO, JTC1\nUse cases and Requirements | High-level requirements | All SDOs\nMedia CODEC |  | ITU-T SG16, JTC1 SC29\nInfrastructure | Cloud network | ITU-T SG13, JTC1 SC38\nInfrastructure | Networking Infrastructure | ITU-T SG13, SG15, MSF, OMF\nInfrastructure | Blockchain (DLT) | ITU-T SG16, ISO TC307\nVirtual/real world integration | Virtual-real world mapping | ITU-T SGs 9, 16 and 20, IEC, ISO TC184, JTC1 SC41, DTC, IOWN GF\nVirtual/real world integration | Digital assets | MSF, OMF\nInteroperability | Architecture and Interfaces | ITU-T SGs11, 13 and 16, W3C OMI, ETSI ARF, MSF, OMF, VRM\nSecurity | Security aspects | ITU-T SG17, JTC1 SC27, MSF\nData and PII protection | Data and PII protect aspects | ITU-T SG17, MSF\nEconomic |  | ITU-T SG3, ISO TC68\nSustainability | Environment aspects | ITU-T SG5\nAccessibility | Accessibility aspects | ITU-T SG16\nPolicy and Regulation |  | ITU-T SG3, OMF\n\nFG-MV would like to request you to provide information regarding any roadmap, technical specifications and/or reports of metaverse-related standardization work.\nFG-MV would like to collaborate on the standardization work on metaverse with your organization. FG-MV would be grateful if you would designate a liaison rapporteur to facilitate the collaboration.\nInformation about FG-MV is available at https://itu.int/go/fgmv including information on upcoming meetings, instructions on how to join the FG-MV, how to subscribe to the FG-MV mailing list, and how to access the collaboration area.\nParticipation in ITU-T Focus Groups is open to all interested experts coming from a country that is a member of ITU. The new FG-MV looks forward to cooperating with you.","attachments":[],"officers":[{"name":"Shin-Gak Kang","role":"chair","organization":"ETRI","country":"Republic of Korea"},{"name":"Shane He","role":"vice-chair","organization":"Nokia Corporation","country":"Finland"},{"name":"Hideo Imanaka","role":"vice-chair","organization":"National Institute of Information and Communication Technology – NICT","country":"Japan"},{"name":"Per Fröjdh","role":"vice-chair","organization":"Telefon AB – LM Ericsson","country":"Sweden"},{"name":"Andrey Perez","role":"vice-chair","organization":"Agência Nacional de Telecomunicações – ANATEL","country":"Brazil"},{"name":"Vincent Affleck","role":"vice-chair","organization":"Department for Digital, Culture, Media and Sport – DCMS","country":"United Kingdom"},{"name":"Yuntao Wang","role":"vice-chair","organization":"Ministry of Industry and Information Technology – MIIT","country":"China P.R."},{"name":"Leonidas Anthopoulos","role":"vice-chair","organization":"University of Thessaly","country":"Greece"},{"name":"Manuel Barreiro","role":"vice-chair","organization":"Aston Group","country":"Mexico"},{"name":"Cristina Martinez","role":"vice-chair","organization":"European Commission","country":null},{"name":"Stella Kipsaita","role":"vice-chair","organization":"Communications Authority","country":"Kenya"},{"name":"Natalia Bayona","role":"vice-chair","organization":"World Tourism Organization – UNWTO","country":null}],"topics":[{"group":"General","topic":"Terminology","related":["IEC SEG15","JTC1 SC24",{"written":"SC41","name":"JTC1 SC41"},"IEEE SA MSC"],"related_as_written":"IEC SEG15, JTC1 SC24 and SC41, IEEE SA MSC,"},{"group":"General","topic":"Standard roadmap","related":["All SDOs"],"related_as_written":"All SDOs"},{"group":"General","topic":"Collaboration with SDOs","related":["All SDOs"],"related_as_written":"All SDOs"},{"group":"Use cases and Requirements","topic":"Use cases","related":["All SDOs"],"especially":["ITU-R SG5","IEC","ISO","JTC1"],"related_as_written":"All SDOs\n(especially ITU-R SG5, IEC, ISO, JTC1"},{"group":"Use cases and Requirements","topic":"High-level requirements","related":["All SDOs"],"related_as_written":"All SDOs"},{"group":"Media CODEC","topic":null,"related":["ITU-T SG16","JTC1 SC29"],"related_as_written":"ITU-T SG16, JTC1 SC29"},{"group":"Infrastructure","topic":"Cloud network","related":["ITU-T SG13","JTC1 SC38"],"related_as_written":"ITU-T SG13, JTC1 SC38"},{"group":"Infrastructure","topic":"Networking Infrastructure","related":["ITU-T SG13",{"written":"SG15","name":"ITU-T SG15"},"MSF","OMF"],"related_as_written":"ITU-T SG13, SG15, MSF, OMF"},{"group":"Infrastructure","topic":"Blockchain (DLT)","related":["ITU-T SG16","ISO TC307"],"related_as_written":"ITU-T SG16, ISO TC307"},{"group":"Virtual/real world integration","topic":"Virtual-real world mapping","related":[{"written":"ITU-T SGs 9","name":"ITU-T SG9"},{"written":"16","name":"ITU-T SG16"},{"written":"20","name":"ITU-T SG20"},"IEC","ISO TC184","JTC1 SC41","DTC","IOWN GF"],"related_as_written":"ITU-T SGs 9, 16 and 20, IEC, ISO TC184, JTC1 SC41, DTC, IOWN GF"},{"group":"Virtual/real world integration","topic":"Digital assets","related":["MSF","OMF"],"related_as_written":"MSF, OMF"},{"group":"Interoperability","topic":"Architecture and Interfaces","related":[{"written":"ITU-T SGs11","name":"ITU-T SG11"},{"written":"13","name":"ITU-T SG13"},{"written":"16","name":"ITU-T SG16"},"W3C OMI","ETSI ARF","MSF","OMF","VRM"],"related_as_written":"ITU-T SGs11, 13 and 16, W3C OMI, ETSI ARF, MSF, OMF, VRM"},{"group":"Security","topic":"Security aspects","related":["ITU-T SG17","JTC1 SC27","MSF"],"related_as_written":"ITU-T SG17, JTC1 SC27, MSF"},{"group":"Data and PII protection","topic":"Data and PII protect aspects","related":["ITU-T SG17","MSF"],"related_as_written":"ITU-T SG17, MSF"},{"group":"Economic","topic":null,"related":["ITU-T SG3","ISO TC68"],"related_as_written":"ITU-T SG3, ISO TC68"},{"group":"Sustainability","topic":"Environment aspects","related":["ITU-T SG5"],"related_as_written":"ITU-T SG5"},{"group":"Accessibility","topic":"Accessibility aspects","related":["ITU-T SG16"],"related_as_written":"ITU-T SG16"},{"group":"Policy and Regulation","topic":null,"related":["ITU-T SG3","OMF"],"related_as_written":"ITU-T SG3, OMF"}],"requests":["information regarding any roadmap, technical specifications and/or reports of metaverse-related standardization work","designate a liaison rapporteur"],"response_to":[],"response_to_text":null,"release":null,"work_item":null,"send_reply_to":null,"actions":[],"next_meetings":[],"state":null,"submitted":null,"purpose":null,"action_taken":null,"cited":[]}','2026-12-07T12:23:28.089375Z','2026-12-07T12:23:28.089375Z');
INSERT INTO "ls" VALUES(8,'title:lsonipv6addressingformetaversedevicesexamplestatementshippedwithliaise|2023-10-02',NULL,11,'LS on IPv6 addressing for metaverse devices (example statement shipped with liaise)','liaison statement','ietf','incoming','received','2024-01-31','2023-10-02','{"layout":"ietf","doc_number":null,"ref":null,"sector":null,"study_period":null,"source_as_written":"ITU-T-SG-13","source_name":null,"questions":[],"working_party":null,"original_language":null,"meeting":null,"title":"LS on IPv6 addressing for metaverse devices (example statement shipped with liaise)","kind":"liaison statement","for_action":["IETF"],"for_comment":[],"for_information":[],"cc":[],"approval":null,"approval_date":null,"deadline":"2024-01-31","contacts":[{"name":"Lena Fischer","organization":null,"country":null,"email":null,"role":"from"},{"name":"The IETF Chair","organization":null,"country":null,"email":"chair@example.net","role":"to"},{"name":"The IESG","organization":null,"country":null,"email":"iesg@example.net","role":"cc"},{"name":"Lena Fischer","organization":null,"country":null,"email":"lena.fischer@example.net","role":"response"},{"name":"Rafael Ortiz","organization":null,"country":null,"email":"rafael.ortiz@example.net","role":"technical"}],"abstract":"ITU-T SG13 is developing requirements for the addressing of metaverse devices in future networks. ITU-T SG13 would like to ask the IETF to provide information on ongoing work on IPv6 addressing that applies to such devices.","body":"ITU-T SG13 is developing requirements for the addressing of metaverse devices in future networks.\nITU-T SG13 would like to ask the IETF to provide information on ongoing work on IPv6 addressing that applies to such devices.\n\nBest regards,\nLena Fischer","attachments":["LS text (SG13-LS902)"],"officers":[],"topics":[],"requests":["information on ongoing work on IPv6 addressing that applies to such devices"],"response_to":[],"response_to_text":null,"release":null,"work_item":null,"send_reply_to":null,"actions":[],"next_meetings":[],"state":"Posted","submitted":"2023-10-02","purpose":"For action","action_taken":false,"cited":[]}','2026-12-07T12:23:28.089375Z','2026-12-07T12:23:28.089375Z');
INSERT INTO "ls" VALUES(9,'doc:s4231901','S4-231901',101,'Reply LS on immersive media coding for metaverse services (example statement shipped with liaise)','reply','3gpp','incoming','received',NULL,'2023-11-17','{"layout":"3gpp","doc_number":"S4-231901","ref":null,"sector":null,"study_period":null,"source_as_written":"SA4","source_name":null,"questions":[],"working_party":null,"original_language":null,"meeting":{"name":"3GPP TSG SA WG4 Meeting #126","place":"Chicago, US","start":"2023-11-13","end":"2023-11-17"},"title":"Reply LS on immersive media coding for metaverse services (example statement shipped with liaise)","kind":"reply","for_action":["ITU-T SG16"],"for_comment":[],"for_information":[],"cc":["SA2",{"written":"ISO/IEC JTC 1/SC 29","name":"ISO/IEC JTC 1 SC29"}],"approval":null,"approval_date":null,"deadline":null,"contacts":[{"name":"Jonas Berg","organization":null,"country":null,"email":"jonas.berg@example.com"}],"abstract":"SA4 thanks ITU-T SG16 for its LS SG16-LS901 on immersive media coding for metaverse services.\nSA4 is studying immersive media formats in TR 26.998 and TR 26.928, and plans a technical specification in Release 19.\nSA4 has designated Mr Jonas Berg (Example Mobile, Sweden) as its liaison rapporteur towards ITU-T SG16.","body":"1. Overall Description:\nSA4 thanks ITU-T SG16 for its LS SG16-LS901 on immersive media coding for metaverse services.\nSA4 is studying immersive media formats in TR 26.998 and TR 26.928, and plans a technical specification in Release 19.\nSA4 has designated Mr Jonas Berg (Example Mobile, Sweden) as its liaison rapporteur towards ITU-T SG16.\n\n2. Actions:\nSA4 kindly asks ITU-T SG16 to share the draft Recommendation when it is available.\n\n3. Dates of next meetings:\nTSG SA WG4 Meeting #127\t19 - 23 February 2024\tSophia Antipolis, FR\nTSG SA WG4 Meeting #128\t20 - 24 May 2024\tJeju, KR","attachments":["S4-231880"],"officers":[],"topics":[],"requests":["the draft Recommendation when it is available"],"response_to":["SG16-LS901"],"response_to_text":"LS on immersive media coding for metaverse services (SG16-LS901) from ITU-T SG16","release":"Rel-18","work_item":"FS_IMMER","send_reply_to":"3GPP Liaisons Coordinator, mailto:3GPPLiaison@etsi.org","actions":[{"to":["ITU-T SG16"],"text":"SA4 kindly asks ITU-T SG16 to share the draft Recommendation when it is available."}],"next_meetings":["TSG SA WG4 Meeting #127\t19 - 23 February 2024\tSophia Antipolis, FR","TSG SA WG4 Meeting #128\t20 - 24 May 2024\tJeju, KR"],"state":null,"submitted":null,"purpose":null,"action_taken":null,"cited":["SG16-LS901"]}','2026-12-07T12:23:28.089375Z','2026-12-07T12:23:28.089375Z');
INSERT INTO "ls" VALUES(10,'doc:sg16ls901','SG16-LS901',13,'LS on immersive media coding for metaverse services (example statement shipped with liaise)','liaison statement','itu','incoming','received','2024-01-15','2023-07-28','{"layout":"itu","doc_number":"SG16-LS901","ref":"SG16-TD901/PLEN","sector":"ITU-T","study_period":"2022-2024","source_as_written":"ITU-T Study Group 16","source_name":"STUDY GROUP 16","questions":["6/16","8/16"],"working_party":null,"original_language":"English","meeting":{"place":"Geneva","start":"2023-07-17","end":"2023-07-28"},"title":"LS on immersive media coding for metaverse services (example statement shipped with liaise)","kind":"liaison statement","for_action":[{"written":"ISO/IEC JTC 1/SC 29","name":"ISO/IEC JTC 1 SC29"},"3GPP SA4","Khronos Group"],"for_comment":[],"for_information":[{"written":"ITU-T SGs 9","name":"ITU-T SG9"},{"written":"20","name":"ITU-T SG20"},"ITU-R WP 6C"],"cc":[],"approval":"ITU-T Study Group 16 meeting (Geneva, 28 July 2023)","approval_date":"2023-07-28","deadline":"2024-01-15","contacts":[{"name":"Ana Ribeiro","organization":"Example Telecom","country":"Portugal","email":"ana.ribeiro@example.org","phone":"+351 21 000 0000"}],"abstract":"ITU-T SG16 informs its partners of new work on immersive media coding for metaverse services and asks for their plans in this area.","body":"ITU-T Study Group 16 started work on a Recommendation on immersive media coding for metaverse services at its July 2023 meeting (Geneva, 17-28 July 2023). The Chair is Mr Tomas NOVAK (Example Labs, Czech Republic), with Vice-Chairs Ms Mei LIN (Example University, China) and Mr Kofi MENSAH (Example Networks, Ghana).\nITU-T SG16 would like to ask you to provide your roadmap for immersive media coding, including planned specifications and their dates.\nITU-T SG16 would also be grateful if you would name a contact person for this work to help the coordination of the next steps.\nITU-T SG16 looks forward to cooperating with you.","attachments":[],"officers":[{"name":"Tomas Novak","role":"chair","organization":"Example Labs","country":"Czech Republic"},{"name":"Mei Lin","role":"vice-chair","organization":"Example University","country":"China"},{"name":"Kofi Mensah","role":"vice-chair","organization":"Example Networks","country":"Ghana"}],"topics":[],"requests":["your roadmap for immersive media coding, including planned specifications and their dates","name a contact person for this work"],"response_to":[],"response_to_text":null,"release":null,"work_item":null,"send_reply_to":null,"actions":[],"next_meetings":[],"state":null,"submitted":null,"purpose":null,"action_taken":null,"cited":[]}','2026-12-07T12:23:28.089375Z','2026-12-07T12:23:28.089375Z');
CREATE TABLE ls_bodies (
    ls_id INTEGER NOT NULL REFERENCES ls (id),
    list TEXT NOT NULL,
    topic INTEGER NOT NULL,
    position INTEGER NOT NULL,
    written TEXT NOT NULL,
    name TEXT NOT NULL,
    body_id INTEGER REFERENCES bodies (id),
    marker TEXT,
    PRIMARY KEY (ls_id, list, topic, position)
) WITHOUT ROWID;
INSERT INTO "ls_bodies" VALUES(1,'cc',-1,0,'CT3','CT3',105,NULL);
INSERT INTO "ls_bodies" VALUES(1,'for_information',-1,0,'SA6','SA6',103,NULL);
INSERT INTO "ls_bodies" VALUES(1,'for_information',-1,1,'Mission Critical Open Forum','Mission Critical Open Forum',133,NULL);
INSERT INTO "ls_bodies" VALUES(1,'source',-1,0,'CT1','CT1',104,NULL);
INSERT INTO "ls_bodies" VALUES(2,'for_action',-1,0,'SA4','SA4',101,NULL);
INSERT INTO "ls_bodies" VALUES(2,'for_information',-1,0,'RAN2','RAN2',94,NULL);
INSERT INTO "ls_bodies" VALUES(2,'source',-1,0,'TSG SA WG2','TSG SA WG2',99,NULL);
INSERT INTO "ls_bodies" VALUES(3,'cc',-1,0,'SA2','SA2',99,NULL);
INSERT INTO "ls_bodies" VALUES(3,'cc',-1,1,'RAN1','RAN1',93,NULL);
INSERT INTO "ls_bodies" VALUES(3,'for_action',-1,0,'ITU-T SG16','ITU-T SG16',13,NULL);
INSERT INTO "ls_bodies" VALUES(3,'for_action',-1,1,'ETSI ISG ARF','ETSI ISG ARF',109,NULL);
INSERT INTO "ls_bodies" VALUES(3,'source',-1,0,'SA4','SA4',101,NULL);
INSERT INTO "ls_bodies" VALUES(4,'for_action',-1,0,'ITU-T SG17','ITU-T SG17',14,NULL);
INSERT INTO "ls_bodies" VALUES(4,'source',-1,0,'IAB','IAB',112,NULL);
INSERT INTO "ls_bodies" VALUES(5,'for_comment',-1,0,'IETF','IETF',111,NULL);
INSERT INTO "ls_bodies" VALUES(5,'source',-1,0,'ETSI-ISG-ARF','ETSI-ISG-ARF',109,NULL);
INSERT INTO "ls_bodies" VALUES(6,'for_information',-1,0,'IETF','IETF',111,NULL);
INSERT INTO "ls_bodies" VALUES(6,'for_information',-1,1,'IAB','IAB',112,NULL);
INSERT INTO "ls_bodies" VALUES(6,'source',-1,0,'3GPP TSG SA WG3','3GPP TSG SA WG3',100,NULL);
INSERT INTO "ls_bodies" VALUES(7,'for_action',-1,0,'ITU-R SG5','ITU-R SG5',22,NULL);
INSERT INTO "ls_bodies" VALUES(7,'for_action',-1,1,'IEC SEG15','IEC SEG15',88,NULL);
INSERT INTO "ls_bodies" VALUES(7,'for_action',-1,2,'IEC TC57','IEC TC57',83,NULL);
INSERT INTO "ls_bodies" VALUES(7,'for_action',-1,3,'IEC TC65','IEC TC65',84,NULL);
INSERT INTO "ls_bodies" VALUES(7,'for_action',-1,4,'IEC TC79','IEC TC79',85,NULL);
INSERT INTO "ls_bodies" VALUES(7,'for_action',-1,5,'IEC TC85','IEC TC85',86,NULL);
INSERT INTO "ls_bodies" VALUES(7,'for_action',-1,6,'IEC TC100','IEC TC100',87,NULL);
INSERT INTO "ls_bodies" VALUES(7,'for_action',-1,7,'ISO TC68','ISO TC68',78,NULL);
INSERT INTO "ls_bodies" VALUES(7,'for_action',-1,8,'ISO TC69','ISO TC69',79,NULL);
INSERT INTO "ls_bodies" VALUES(7,'for_action',-1,9,'ISO TC133','ISO TC133',80,NULL);
INSERT INTO "ls_bodies" VALUES(7,'for_action',-1,10,'ISO TC184','ISO TC184',81,NULL);
INSERT INTO "ls_bodies" VALUES(7,'for_action',-1,11,'ISO TC 307','ISO TC307',82,NULL);
INSERT INTO "ls_bodies" VALUES(7,'for_action',-1,12,'ISO/IEC JTC1 SC24','ISO/IEC JTC1 SC24',60,NULL);
INSERT INTO "ls_bodies" VALUES(7,'for_action',-1,13,'ISO/IEC JTC1 SC27','ISO/IEC JTC1 SC27',62,NULL);
INSERT INTO "ls_bodies" VALUES(7,'for_action',-1,14,'ISO/IEC JTC1 SC29','ISO/IEC JTC1 SC29',64,NULL);
INSERT INTO "ls_bodies" VALUES(7,'for_action',-1,15,'ISO/IEC JTC1 SC38','ISO/IEC JTC1 SC38',71,NULL);
INSERT INTO "ls_bodies" VALUES(7,'for_action',-1,16,'ISO/IEC JTC1 SC41','ISO/IEC JTC1 SC41',74,NULL);
INSERT INTO "ls_bodies" VALUES(7,'for_action',-1,17,'ISO/IEC JTC1 SC43','ISO/IEC JTC1 SC43',76,NULL);
INSERT INTO "ls_bodies" VALUES(7,'for_action',-1,18,'IEEE SA','IEEE SA',118,NULL);
INSERT INTO "ls_bodies" VALUES(7,'for_action',-1,19,'W3C','W3C',115,NULL);
INSERT INTO "ls_bodies" VALUES(7,'for_action',-1,20,'IETF','IETF',111,NULL);
INSERT INTO "ls_bodies" VALUES(7,'for_action',-1,21,'ETSI ISG-ARF','ETSI ISG-ARF',109,NULL);
INSERT INTO "ls_bodies" VALUES(7,'for_action',-1,22,'3GPP SA1','3GPP SA1',98,NULL);
INSERT INTO "ls_bodies" VALUES(7,'for_action',-1,23,'3GPP SA4','3GPP SA4',101,NULL);
INSERT INTO "ls_bodies" VALUES(7,'for_action',-1,24,'IPv6 Forum','IPv6 Forum',120,NULL);
INSERT INTO "ls_bodies" VALUES(7,'for_action',-1,25,'Broadband Forum','Broadband Forum',121,NULL);
INSERT INTO "ls_bodies" VALUES(7,'for_action',-1,26,'TMForum','TMForum',122,NULL);
INSERT INTO "ls_bodies" VALUES(7,'for_action',-1,27,'ISO/IEC JTC 1 SC42','ISO/IEC JTC 1 SC42',75,NULL);
INSERT INTO "ls_bodies" VALUES(7,'for_action',-1,28,'INATBA','INATBA',123,NULL);
INSERT INTO "ls_bodies" VALUES(7,'for_action',-1,29,'ITU IRG AVA','ITU IRG AVA',50,NULL);
INSERT INTO "ls_bodies" VALUES(7,'for_action',-1,30,'ETSI TC Cyber','ETSI TC Cyber',110,NULL);
INSERT INTO "ls_bodies" VALUES(7,'for_action',-1,31,'ISO/IEC JTC1 SC35','ISO/IEC JTC1 SC35',68,NULL);
INSERT INTO "ls_bodies" VALUES(7,'for_action',-1,32,'World Metaverse Council','World Metaverse Council',124,NULL);
INSERT INTO "ls_bodies" VALUES(7,'for_action',-1,33,'Metaverse Standards Forum','Metaverse Standards Forum',125,NULL);
INSERT INTO "ls_bodies" VALUES(7,'for_action',-1,34,'Open Metaverse Foundation','Open Metaverse Foundation',126,NULL);
INSERT INTO "ls_bodies" VALUES(7,'for_action',-1,35,'Digital Twin Consortium','Digital Twin Consortium',127,NULL);
INSERT INTO "ls_bodies" VALUES(7,'for_action',-1,36,'VRM consortium','VRM consortium',128,NULL);
INSERT INTO "ls_bodies" VALUES(7,'for_action',-1,37,'IOWN Global Forum','IOWN Global Forum',129,NULL);
INSERT INTO "ls_bodies" VALUES(7,'for_information',-1,0,'ITU-T SGs 2','ITU-T SG2',5,NULL);
INSERT INTO "ls_bodies" VALUES(7,'for_information',-1,1,'3','ITU-T SG3',6,NULL);
INSERT INTO "ls_bodies" VALUES(7,'for_information',-1,2,'5','ITU-T SG5',7,NULL);
INSERT INTO "ls_bodies" VALUES(7,'for_information',-1,3,'9','ITU-T SG9',8,NULL);
INSERT INTO "ls_bodies" VALUES(7,'for_information',-1,4,'11','ITU-T SG11',9,NULL);
INSERT INTO "ls_bodies" VALUES(7,'for_information',-1,5,'12','ITU-T SG12',10,NULL);
INSERT INTO "ls_bodies" VALUES(7,'for_information',-1,6,'13','ITU-T SG13',11,NULL);
INSERT INTO "ls_bodies" VALUES(7,'for_information',-1,7,'15','ITU-T SG15',12,NULL);
INSERT INTO "ls_bodies" VALUES(7,'for_information',-1,8,'16','ITU-T SG16',13,NULL);
INSERT INTO "ls_bodies" VALUES(7,'for_information',-1,9,'17','ITU-T SG17',14,NULL);
INSERT INTO "ls_bodies" VALUES(7,'for_information',-1,10,'20','ITU-T SG20',15,NULL);
INSERT INTO "ls_bodies" VALUES(7,'for_information',-1,11,'TSAG','TSAG',17,NULL);
INSERT INTO "ls_bodies" VALUES(7,'for_information',-1,12,'ITU-D SGs 1','ITU-D SG1',47,NULL);
INSERT INTO "ls_bodies" VALUES(7,'for_information',-1,13,'2','ITU-D SG2',48,NULL);
INSERT INTO "ls_bodies" VALUES(7,'for_information',-1,14,'ITU-R SG6','ITU-R SG6',23,NULL);
INSERT INTO "ls_bodies" VALUES(7,'source',-1,0,'FG-MV','FG-MV',18,NULL);
INSERT INTO "ls_bodies" VALUES(7,'topic_especially',3,0,'ITU-R SG5','ITU-R SG5',22,NULL);
INSERT INTO "ls_bodies" VALUES(7,'topic_especially',3,1,'IEC','IEC',52,NULL);
INSERT INTO "ls_bodies" VALUES(7,'topic_especially',3,2,'ISO','ISO',51,NULL);
INSERT INTO "ls_bodies" VALUES(7,'topic_especially',3,3,'JTC1','JTC1',53,NULL);
INSERT INTO "ls_bodies" VALUES(7,'topic_related',0,0,'IEC SEG15','IEC SEG15',88,NULL);
INSERT INTO "ls_bodies" VALUES(7,'topic_related',0,1,'JTC1 SC24','JTC1 SC24',60,NULL);
INSERT INTO "ls_bodies" VALUES(7,'topic_related',0,2,'SC41','JTC1 SC41',74,NULL);
INSERT INTO "ls_bodies" VALUES(7,'topic_related',0,3,'IEEE SA MSC','IEEE SA MSC',119,NULL);
INSERT INTO "ls_bodies" VALUES(7,'topic_related',1,0,'All SDOs','All SDOs',NULL,'All SDOs');
INSERT INTO "ls_bodies" VALUES(7,'topic_related',2,0,'All SDOs','All SDOs',NULL,'All SDOs');
INSERT INTO "ls_bodies" VALUES(7,'topic_related',3,0,'All SDOs','All SDOs',NULL,'All SDOs');
INSERT INTO "ls_bodies" VALUES(7,'topic_related',4,0,'All SDOs','All SDOs',NULL,'All SDOs');
INSERT INTO "ls_bodies" VALUES(7,'topic_related',5,0,'ITU-T SG16','ITU-T SG16',13,NULL);
INSERT INTO "ls_bodies" VALUES(7,'topic_related',5,1,'JTC1 SC29','JTC1 SC29',64,NULL);
INSERT INTO "ls_bodies" VALUES(7,'topic_related',6,0,'ITU-T SG13','ITU-T SG13',11,NULL);
INSERT INTO "ls_bodies" VALUES(7,'topic_related',6,1,'JTC1 SC38','JTC1 SC38',71,NULL);
INSERT INTO "ls_bodies" VALUES(7,'topic_related',7,0,'ITU-T SG13','ITU-T SG13',11,NULL);
INSERT INTO "ls_bodies" VALUES(7,'topic_related',7,1,'SG15','ITU-T SG15',12,NULL);
INSERT INTO "ls_bodies" VALUES(7,'topic_related',7,2,'MSF','MSF',125,NULL);
INSERT INTO "ls_bodies" VALUES(7,'topic_related',7,3,'OMF','OMF',126,NULL);
INSERT INTO "ls_bodies" VALUES(7,'topic_related',8,0,'ITU-T SG16','ITU-T SG16',13,NULL);
INSERT INTO "ls_bodies" VALUES(7,'topic_related',8,1,'ISO TC307','ISO TC307',82,NULL);
INSERT INTO "ls_bodies" VALUES(7,'topic_related',9,0,'ITU-T SGs 9','ITU-T SG9',8,NULL);
INSERT INTO "ls_bodies" VALUES(7,'topic_related',9,1,'16','ITU-T SG16',13,NULL);
INSERT INTO "ls_bodies" VALUES(7,'topic_related',9,2,'20','ITU-T SG20',15,NULL);
INSERT INTO "ls_bodies" VALUES(7,'topic_related',9,3,'IEC','IEC',52,NULL);
INSERT INTO "ls_bodies" VALUES(7,'topic_related',9,4,'ISO TC184','ISO TC184',81,NULL);
INSERT INTO "ls_bodies" VALUES(7,'topic_related',9,5,'JTC1 SC41','JTC1 SC41',74,NULL);
INSERT INTO "ls_bodies" VALUES(7,'topic_related',9,6,'DTC','DTC',127,NULL);
INSERT INTO "ls_bodies" VALUES(7,'topic_related',9,7,'IOWN GF','IOWN GF',129,NULL);
INSERT INTO "ls_bodies" VALUES(7,'topic_related',10,0,'MSF','MSF',125,NULL);
INSERT INTO "ls_bodies" VALUES(7,'topic_related',10,1,'OMF','OMF',126,NULL);
INSERT INTO "ls_bodies" VALUES(7,'topic_related',11,0,'ITU-T SGs11','ITU-T SG11',9,NULL);
INSERT INTO "ls_bodies" VALUES(7,'topic_related',11,1,'13','ITU-T SG13',11,NULL);
INSERT INTO "ls_bodies" VALUES(7,'topic_related',11,2,'16','ITU-T SG16',13,NULL);
INSERT INTO "ls_bodies" VALUES(7,'topic_related',11,3,'W3C OMI','W3C OMI',116,NULL);
INSERT INTO "ls_bodies" VALUES(7,'topic_related',11,4,'ETSI ARF','ETSI ARF',109,NULL);
INSERT INTO "ls_bodies" VALUES(7,'topic_related',11,5,'MSF','MSF',125,NULL);
INSERT INTO "ls_bodies" VALUES(7,'topic_related',11,6,'OMF','OMF',126,NULL);
INSERT INTO "ls_bodies" VALUES(7,'topic_related',11,7,'VRM','VRM',128,NULL);
INSERT INTO "ls_bodies" VALUES(7,'topic_related',12,0,'ITU-T SG17','ITU-T SG17',14,NULL);
INSERT INTO "ls_bodies" VALUES(7,'topic_related',12,1,'JTC1 SC27','JTC1 SC27',62,NULL);
INSERT INTO "ls_bodies" VALUES(7,'topic_related',12,2,'MSF','MSF',125,NULL);
INSERT INTO "ls_bodies" VALUES(7,'topic_related',13,0,'ITU-T SG17','ITU-T SG17',14,NULL);
INSERT INTO "ls_bodies" VALUES(7,'topic_related',13,1,'MSF','MSF',125,NULL);
INSERT INTO "ls_bodies" VALUES(7,'topic_related',14,0,'ITU-T SG3','ITU-T SG3',6,NULL);
INSERT INTO "ls_bodies" VALUES(7,'topic_related',14,1,'ISO TC68','ISO TC68',78,NULL);
INSERT INTO "ls_bodies" VALUES(7,'topic_related',15,0,'ITU-T SG5','ITU-T SG5',7,NULL);
INSERT INTO "ls_bodies" VALUES(7,'topic_related',16,0,'ITU-T SG16','ITU-T SG16',13,NULL);
INSERT INTO "ls_bodies" VALUES(7,'topic_related',17,0,'ITU-T SG3','ITU-T SG3',6,NULL);
INSERT INTO "ls_bodies" VALUES(7,'topic_related',17,1,'OMF','OMF',126,NULL);
INSERT INTO "ls_bodies" VALUES(8,'for_action',-1,0,'IETF','IETF',111,NULL);
INSERT INTO "ls_bodies" VALUES(8,'source',-1,0,'ITU-T-SG-13','ITU-T-SG-13',11,NULL);
INSERT INTO "ls_bodies" VALUES(9,'cc',-1,0,'SA2','SA2',99,NULL);
INSERT INTO "ls_bodies" VALUES(9,'cc',-1,1,'ISO/IEC JTC 1/SC 29','ISO/IEC JTC 1 SC29',64,NULL);
INSERT INTO "ls_bodies" VALUES(9,'for_action',-1,0,'ITU-T SG16','ITU-T SG16',13,NULL);
INSERT INTO "ls_bodies" VALUES(9,'source',-1,0,'SA4','SA4',101,NULL);
INSERT INTO "ls_bodies" VALUES(10,'for_action',-1,0,'ISO/IEC JTC 1/SC 29','ISO/IEC JTC 1 SC29',64,NULL);
INSERT INTO "ls_bodies" VALUES(10,'for_action',-1,1,'3GPP SA4','3GPP SA4',101,NULL);
INSERT INTO "ls_bodies" VALUES(10,'for_action',-1,2,'Khronos Group','Khronos Group',130,NULL);
INSERT INTO "ls_bodies" VALUES(10,'for_information',-1,0,'ITU-T SGs 9','ITU-T SG9',8,NULL);
INSERT INTO "ls_bodies" VALUES(10,'for_information',-1,1,'20','ITU-T SG20',15,NULL);
INSERT INTO "ls_bodies" VALUES(10,'for_information',-1,2,'ITU-R WP 6C','ITU-R WP 6C',41,NULL);
INSERT INTO "ls_bodies" VALUES(10,'source',-1,0,'ITU-T Study Group 16','ITU-T Study Group 16',13,NULL);
CREATE TABLE ls_contacts (
    ls_id INTEGER NOT NULL REFERENCES ls (id),
    position INTEGER NOT NULL,
    person_id INTEGER NOT NULL REFERENCES people (id),
    role TEXT,
    PRIMARY KEY (ls_id, position)
);
INSERT INTO "ls_contacts" VALUES(1,0,1,NULL);
INSERT INTO "ls_contacts" VALUES(2,0,2,NULL);
INSERT INTO "ls_contacts" VALUES(3,0,3,NULL);
INSERT INTO "ls_contacts" VALUES(4,0,4,'from');
INSERT INTO "ls_contacts" VALUES(4,1,5,'cc');
INSERT INTO "ls_contacts" VALUES(4,2,6,'cc');
INSERT INTO "ls_contacts" VALUES(4,3,4,'response');
INSERT INTO "ls_contacts" VALUES(4,4,7,'technical');
INSERT INTO "ls_contacts" VALUES(4,5,8,'to');
INSERT INTO "ls_contacts" VALUES(5,0,9,'from');
INSERT INTO "ls_contacts" VALUES(5,1,10,'to');
INSERT INTO "ls_contacts" VALUES(5,2,11,'cc');
INSERT INTO "ls_contacts" VALUES(5,3,12,'cc');
INSERT INTO "ls_contacts" VALUES(5,4,9,'response');
INSERT INTO "ls_contacts" VALUES(5,5,13,'technical');
INSERT INTO "ls_contacts" VALUES(6,0,14,'from');
INSERT INTO "ls_contacts" VALUES(6,1,10,'to');
INSERT INTO "ls_contacts" VALUES(6,2,15,'to');
INSERT INTO "ls_contacts" VALUES(7,0,16,NULL);
INSERT INTO "ls_contacts" VALUES(7,1,17,NULL);
INSERT INTO "ls_contacts" VALUES(8,0,28,'from');
INSERT INTO "ls_contacts" VALUES(8,1,10,'to');
INSERT INTO "ls_contacts" VALUES(8,2,11,'cc');
INSERT INTO "ls_contacts" VALUES(8,3,28,'response');
INSERT INTO "ls_contacts" VALUES(8,4,29,'technical');
INSERT INTO "ls_contacts" VALUES(9,0,30,NULL);
INSERT INTO "ls_contacts" VALUES(10,0,31,NULL);
CREATE TABLE ls_files (
    sha256 TEXT PRIMARY KEY,
    ls_id INTEGER NOT NULL REFERENCES ls (id),
    file_name TEXT NOT NULL,
    format TEXT NOT NULL,
    size INTEGER NOT NULL,
    imported_at TEXT NOT NULL,
    warnings TEXT NOT NULL
);
INSERT INTO "ls_files" VALUES('9e2db630af8f26ce93ff947d1339c334f2c1d997473d663ce49b10bd449de2cc',1,'testdata/ls/3gpp/c1-235555.txt','text',681,'2026-12-07T12:23:28.089375Z','[{"field":"for_information","message":"unknown body \"Mission Critical Open Forum\" added as unconfirmed; merge it into a known body with `liaise bodies merge \"Mission Critical Open Forum\" BODY` or confirm it with `liaise bodies confirm \"Mission Critical Open Forum\"`","quote":"Mission Critical Open Forum"}]');
INSERT INTO "ls_files" VALUES('eaac6ab6a2a077f01f3262115dcf53bce44fced875977e85f8acc6102fff9fbc',2,'testdata/ls/3gpp/s2-2309876.txt','text',990,'2026-12-07T12:23:28.089375Z','[]');
INSERT INTO "ls_files" VALUES('7f9f43c4fae03af3cf18f0b8a8586382f1797c4e37f782a66e8b4f2f16231085',3,'testdata/ls/3gpp/s4-231450.docx','docx',37323,'2026-12-07T12:23:28.089375Z','[]');
INSERT INTO "ls_files" VALUES('e6fe94147806aec8198417987263e5ebd5a305aa63b794e29a05a4f4298bf0ed',3,'testdata/ls/3gpp/s4-231450.txt','text',1058,'2026-12-07T12:23:28.089375Z','[]');
INSERT INTO "ls_files" VALUES('3c0281d2be2e99957e52cb423b32f897b92dff8b6219d06407e8e0b2104ddaa3',4,'testdata/ls/ietf/ietf-mail-iab-dt.txt','text',811,'2026-12-07T12:23:28.089375Z','[]');
INSERT INTO "ls_files" VALUES('9207c437cd29fd224bb872dc21f65f3dcb018560a166fc8513bb546f8d43e1c4',5,'testdata/ls/ietf/ietf-page-arf-quic.txt','text',870,'2026-12-07T12:23:28.089375Z','[]');
INSERT INTO "ls_files" VALUES('3ab50e7a8c7b382e299005e6cf578a94ddb5009636ab948bffaa5c3cd4eb093a',6,'testdata/ls/ietf/ietf-page-s3-reply.html','html',1548,'2026-12-07T12:23:28.089375Z','[]');
INSERT INTO "ls_files" VALUES('e89b488ab2d6f3b2b189fb2162e4407c18cc41271c28d1c61119899dda6c3bd7',7,'testdata/ls/itu/fg-mv-ls1.docx','docx',40133,'2026-12-07T12:23:28.089375Z','[]');
INSERT INTO "ls_files" VALUES('6928e50894ef93f7cbe6cac187334768ac0859eded5eb2da0cdc4de077ea4362',8,'crates/liaise-app/demo/ietf-sg13-ipv6.txt','text',741,'2026-12-07T12:23:28.089375Z','[]');
INSERT INTO "ls_files" VALUES('4f9e8359db77d54e9d85c82dd1782d50113544b09284dd52fd7de66e28be1cf2',9,'crates/liaise-app/demo/s4-231901.txt','text',1165,'2026-12-07T12:23:28.089375Z','[]');
INSERT INTO "ls_files" VALUES('89879d343cae2ef57ad214bd47095ee9eff2ab07573bc594355992ef570e73cf',10,'crates/liaise-app/demo/sg16-ls901.txt','text',1482,'2026-12-07T12:23:28.089375Z','[]');
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO "meta" VALUES('builtin_bodies','8bdd0ce192e91a5d-132');
CREATE TABLE officers (
    person_id INTEGER NOT NULL REFERENCES people (id),
    body_id INTEGER NOT NULL REFERENCES bodies (id),
    role TEXT NOT NULL,
    source_ls_id INTEGER REFERENCES ls (id),
    since TEXT,
    PRIMARY KEY (person_id, body_id, role)
);
INSERT INTO "officers" VALUES(16,18,'chair',7,'2023-03-09');
INSERT INTO "officers" VALUES(18,18,'vice-chair',7,'2023-03-09');
INSERT INTO "officers" VALUES(17,18,'vice-chair',7,'2023-03-09');
INSERT INTO "officers" VALUES(19,18,'vice-chair',7,'2023-03-09');
INSERT INTO "officers" VALUES(20,18,'vice-chair',7,'2023-03-09');
INSERT INTO "officers" VALUES(21,18,'vice-chair',7,'2023-03-09');
INSERT INTO "officers" VALUES(22,18,'vice-chair',7,'2023-03-09');
INSERT INTO "officers" VALUES(23,18,'vice-chair',7,'2023-03-09');
INSERT INTO "officers" VALUES(24,18,'vice-chair',7,'2023-03-09');
INSERT INTO "officers" VALUES(25,18,'vice-chair',7,'2023-03-09');
INSERT INTO "officers" VALUES(26,18,'vice-chair',7,'2023-03-09');
INSERT INTO "officers" VALUES(27,18,'vice-chair',7,'2023-03-09');
INSERT INTO "officers" VALUES(32,13,'chair',10,'2023-07-28');
INSERT INTO "officers" VALUES(33,13,'vice-chair',10,'2023-07-28');
INSERT INTO "officers" VALUES(34,13,'vice-chair',10,'2023-07-28');
CREATE TABLE people (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    organization TEXT,
    country TEXT,
    email TEXT,
    phone TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
INSERT INTO "people" VALUES(1,'Laura Gomez','lauragomez',NULL,NULL,'laura.gomez@example.es',NULL,'2026-12-07T12:23:28.089375Z','2026-12-07T12:23:28.089375Z');
INSERT INTO "people" VALUES(2,'Chen Wei','chenwei',NULL,NULL,'chen.wei@example.cn','+86 10 0000 0000','2026-12-07T12:23:28.089375Z','2026-12-07T12:23:28.089375Z');
INSERT INTO "people" VALUES(3,'Maria Koch','mariakoch',NULL,NULL,'maria.koch@example.com',NULL,'2026-12-07T12:23:28.089375Z','2026-12-07T12:23:28.089375Z');
INSERT INTO "people" VALUES(4,'Kim Lee','kimlee',NULL,NULL,'kim.lee@example.org',NULL,'2026-12-07T12:23:28.089375Z','2026-12-07T12:23:28.089375Z');
INSERT INTO "people" VALUES(5,'IAB','iab',NULL,NULL,'iab@example.org',NULL,'2026-12-07T12:23:28.089375Z','2026-12-07T12:23:28.089375Z');
INSERT INTO "people" VALUES(6,'Security Area Directors','securityareadirectors',NULL,NULL,'sec-ads@example.org',NULL,'2026-12-07T12:23:28.089375Z','2026-12-07T12:23:28.089375Z');
INSERT INTO "people" VALUES(7,'Omar Haddad','omarhaddad',NULL,NULL,'omar.haddad@example.org',NULL,'2026-12-07T12:23:28.089375Z','2026-12-07T12:23:28.089375Z');
INSERT INTO "people" VALUES(8,'Jane Doe','janedoe',NULL,NULL,'jane.doe@example.org',NULL,'2026-12-07T12:23:28.089375Z','2026-12-07T12:23:28.089375Z');
INSERT INTO "people" VALUES(9,'Pierre Martin','pierremartin',NULL,NULL,'pierre.martin@example.fr',NULL,'2026-12-07T12:23:28.089375Z','2026-12-07T12:23:28.089375Z');
INSERT INTO "people" VALUES(10,'The IETF Chair','ietfchair',NULL,NULL,'chair@example.org',NULL,'2026-12-07T12:23:28.089375Z','2026-12-07T12:23:28.089375Z');
INSERT INTO "people" VALUES(11,'The IESG','iesg',NULL,NULL,'iesg@example.org',NULL,'2026-12-07T12:23:28.089375Z','2026-12-07T12:23:28.089375Z');
INSERT INTO "people" VALUES(12,'MOQ Chairs','moqchairs',NULL,NULL,'moq-chairs@example.org',NULL,'2026-12-07T12:23:28.089375Z','2026-12-07T12:23:28.089375Z');
INSERT INTO "people" VALUES(13,'Sofia Rossi','sofiarossi',NULL,NULL,'sofia.rossi@example.it',NULL,'2026-12-07T12:23:28.089375Z','2026-12-07T12:23:28.089375Z');
INSERT INTO "people" VALUES(14,'Anna Nowak','annanowak',NULL,NULL,NULL,NULL,'2026-12-07T12:23:28.089375Z','2026-12-07T12:23:28.089375Z');
INSERT INTO "people" VALUES(15,'The IAB Chair','iabchair',NULL,NULL,'iab-chair@example.org',NULL,'2026-12-07T12:23:28.089375Z','2026-12-07T12:23:28.089375Z');
INSERT INTO "people" VALUES(16,'Shin-Gak Kang','shingakkang','ETRI','Rep. of Korea','sgkang@etri.re.kr',NULL,'2026-12-07T12:23:28.089375Z','2026-12-07T12:23:28.089375Z');
INSERT INTO "people" VALUES(17,'Hideo Imanaka','hideoimanaka','NICT','Japan','h.imanaka@nict.go.jp',NULL,'2026-12-07T12:23:28.089375Z','2026-12-07T12:23:28.089375Z');
INSERT INTO "people" VALUES(18,'Shane He','shanehe','Nokia Corporation','Finland',NULL,NULL,'2026-12-07T12:23:28.089375Z','2026-12-07T12:23:28.089375Z');
INSERT INTO "people" VALUES(19,'Per Fröjdh','perfröjdh','Telefon AB – LM Ericsson','Sweden',NULL,NULL,'2026-12-07T12:23:28.089375Z','2026-12-07T12:23:28.089375Z');
INSERT INTO "people" VALUES(20,'Andrey Perez','andreyperez','Agência Nacional de Telecomunicações – ANATEL','Brazil',NULL,NULL,'2026-12-07T12:23:28.089375Z','2026-12-07T12:23:28.089375Z');
INSERT INTO "people" VALUES(21,'Vincent Affleck','vincentaffleck','Department for Digital, Culture, Media and Sport – DCMS','United Kingdom',NULL,NULL,'2026-12-07T12:23:28.089375Z','2026-12-07T12:23:28.089375Z');
INSERT INTO "people" VALUES(22,'Yuntao Wang','yuntaowang','Ministry of Industry and Information Technology – MIIT','China P.R.',NULL,NULL,'2026-12-07T12:23:28.089375Z','2026-12-07T12:23:28.089375Z');
INSERT INTO "people" VALUES(23,'Leonidas Anthopoulos','leonidasanthopoulos','University of Thessaly','Greece',NULL,NULL,'2026-12-07T12:23:28.089375Z','2026-12-07T12:23:28.089375Z');
INSERT INTO "people" VALUES(24,'Manuel Barreiro','manuelbarreiro','Aston Group','Mexico',NULL,NULL,'2026-12-07T12:23:28.089375Z','2026-12-07T12:23:28.089375Z');
INSERT INTO "people" VALUES(25,'Cristina Martinez','cristinamartinez','European Commission',NULL,NULL,NULL,'2026-12-07T12:23:28.089375Z','2026-12-07T12:23:28.089375Z');
INSERT INTO "people" VALUES(26,'Stella Kipsaita','stellakipsaita','Communications Authority','Kenya',NULL,NULL,'2026-12-07T12:23:28.089375Z','2026-12-07T12:23:28.089375Z');
INSERT INTO "people" VALUES(27,'Natalia Bayona','nataliabayona','World Tourism Organization – UNWTO',NULL,NULL,NULL,'2026-12-07T12:23:28.089375Z','2026-12-07T12:23:28.089375Z');
INSERT INTO "people" VALUES(28,'Lena Fischer','lenafischer',NULL,NULL,'lena.fischer@example.net',NULL,'2026-12-07T12:23:28.089375Z','2026-12-07T12:23:28.089375Z');
INSERT INTO "people" VALUES(29,'Rafael Ortiz','rafaelortiz',NULL,NULL,'rafael.ortiz@example.net',NULL,'2026-12-07T12:23:28.089375Z','2026-12-07T12:23:28.089375Z');
INSERT INTO "people" VALUES(30,'Jonas Berg','jonasberg',NULL,NULL,'jonas.berg@example.com',NULL,'2026-12-07T12:23:28.089375Z','2026-12-07T12:23:28.089375Z');
INSERT INTO "people" VALUES(31,'Ana Ribeiro','anaribeiro','Example Telecom','Portugal','ana.ribeiro@example.org','+351 21 000 0000','2026-12-07T12:23:28.089375Z','2026-12-07T12:23:28.089375Z');
INSERT INTO "people" VALUES(32,'Tomas Novak','tomasnovak','Example Labs','Czech Republic',NULL,NULL,'2026-12-07T12:23:28.089375Z','2026-12-07T12:23:28.089375Z');
INSERT INTO "people" VALUES(33,'Mei Lin','meilin','Example University','China',NULL,NULL,'2026-12-07T12:23:28.089375Z','2026-12-07T12:23:28.089375Z');
INSERT INTO "people" VALUES(34,'Kofi Mensah','kofimensah','Example Networks','Ghana',NULL,NULL,'2026-12-07T12:23:28.089375Z','2026-12-07T12:23:28.089375Z');
CREATE INDEX events_by_entity ON events (entity, entity_id, id);
CREATE INDEX body_aliases_by_body ON body_aliases (body_id);
CREATE INDEX ls_by_deadline ON ls (deadline);
CREATE INDEX ls_by_doc_number ON ls (doc_number);
CREATE INDEX ls_files_by_ls ON ls_files (ls_id);
CREATE INDEX ls_bodies_by_body ON ls_bodies (body_id, ls_id)
    WHERE list IN ('source', 'for_action', 'for_comment', 'for_information', 'cc');
CREATE INDEX people_by_name_key ON people (name_key);
CREATE INDEX people_by_email ON people (email);
CREATE INDEX officers_by_body ON officers (body_id);
CREATE INDEX ls_contacts_by_person ON ls_contacts (person_id);
DELETE FROM "sqlite_sequence";
INSERT INTO "sqlite_sequence" VALUES('bodies',134);
INSERT INTO "sqlite_sequence" VALUES('events',15);
INSERT INTO "sqlite_sequence" VALUES('ls',10);
INSERT INTO "sqlite_sequence" VALUES('people',34);
COMMIT;