package agreement

// Names kept so that code written before the v0 API cleanup still builds;
// each is removed before v1.0.0. README.md's Changelog lists them.

// Enum constants renamed so that they read without their type.
//
// Deprecated: use the name each is set to.
const (
	NewsReport          = CommuniqueNewsReport         // Deprecated: use [CommuniqueNewsReport].
	Treaty              = InstrumentTreaty             // Deprecated: use [InstrumentTreaty].
	Convention          = InstrumentConvention         // Deprecated: use [InstrumentConvention].
	FTA                 = InstrumentFTA                // Deprecated: use [InstrumentFTA].
	Declaration         = InstrumentDeclaration        // Deprecated: use [InstrumentDeclaration].
	CodeOfConduct       = InstrumentCodeOfConduct      // Deprecated: use [InstrumentCodeOfConduct].
	MoU                 = InstrumentMoU                // Deprecated: use [InstrumentMoU].
	PlanOfAction        = InstrumentPlanOfAction       // Deprecated: use [InstrumentPlanOfAction].
	JointStatement      = InstrumentJointStatement     // Deprecated: use [InstrumentJointStatement].
	JointCommunique     = InstrumentJointCommunique    // Deprecated: use [InstrumentJointCommunique].
	Charter             = InstrumentCharter            // Deprecated: use [InstrumentCharter].
	AgreementKind       = InstrumentAgreement          // Deprecated: use [InstrumentAgreement].
	DiplomaticRelations = MilestoneDiplomaticRelations // Deprecated: use [MilestoneDiplomaticRelations].
	PartnershipUpgrade  = MilestonePartnershipUpgrade  // Deprecated: use [MilestonePartnershipUpgrade].
	State               = PartyState                   // Deprecated: use [PartyState].
	Organisation        = PartyOrganisation            // Deprecated: use [PartyOrganisation].
	Politics            = TopicPolitics                // Deprecated: use [TopicPolitics].
	Trade               = TopicTrade                   // Deprecated: use [TopicTrade].
	Investment          = TopicInvestment              // Deprecated: use [TopicInvestment].
	Finance             = TopicFinance                 // Deprecated: use [TopicFinance].
	Energy              = TopicEnergy                  // Deprecated: use [TopicEnergy].
	OilGas              = TopicOilGas                  // Deprecated: use [TopicOilGas].
	Nuclear             = TopicNuclear                 // Deprecated: use [TopicNuclear].
	Industry            = TopicIndustry                // Deprecated: use [TopicIndustry].
	Agriculture         = TopicAgriculture             // Deprecated: use [TopicAgriculture].
	Transport           = TopicTransport               // Deprecated: use [TopicTransport].
	Science             = TopicScience                 // Deprecated: use [TopicScience].
	Education           = TopicEducation               // Deprecated: use [TopicEducation].
	Culture             = TopicCulture                 // Deprecated: use [TopicCulture].
	Tourism             = TopicTourism                 // Deprecated: use [TopicTourism].
	Health              = TopicHealth                  // Deprecated: use [TopicHealth].
	Defence             = TopicDefence                 // Deprecated: use [TopicDefence].
	Security            = TopicSecurity                // Deprecated: use [TopicSecurity].
	Maritime            = TopicMaritime                // Deprecated: use [TopicMaritime].
	Regional            = TopicRegional                // Deprecated: use [TopicRegional].
	Legal               = TopicLegal                   // Deprecated: use [TopicLegal].
	Humanitarian        = TopicHumanitarian            // Deprecated: use [TopicHumanitarian].
	Digital             = TopicDigital                 // Deprecated: use [TopicDigital].
	Localities          = TopicLocalities              // Deprecated: use [TopicLocalities].
	Commemoration       = TopicCommemoration           // Deprecated: use [TopicCommemoration].
)
