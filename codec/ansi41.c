/*
 * ANSI-41 MAP (TIA-41, 3GPP2 X.S0004-E) over ANSI TCAP (T1.114).
 *
 * Operations: an ANSI TCAP Private operation code of two octets, the operation family
 * (bit H: reply required) then the operation specifier; TIA-41 MAP is family 9
 * (X.S0004-540 1.3, Table 1 "MAP Operation Specifiers").
 *
 * Parameters: the component's parameter set (PRIVATE 18) holds TIA-41 parameters, each a
 * context-specific implicitly tagged value whose identifier X.S0004-550 gives in the
 * clause of the parameter (section 2, one clause per parameter, in alphabetical order;
 * the clause is cited below by the parameter's name, as the standard titles it).  Field
 * layouts follow those clauses; every identifier and field below was also checked against
 * what tshark 4.0.17's ansi_map dissector shows for the public captures ansi_map_win.pcap,
 * ansi_map_ota.pcap and ansi_tcap_over_itu_sccp_over_mtp3_over_mtp2.pcap, and for the
 * enumerations it names, against tshark on copies of those frames with the octet changed
 * through all its values.  Where only tshark confirmed a fact, the comment says so.
 *
 * Every read is bounded by the value's length; a constructed parameter's elements are
 * walked with a bounded depth and count.
 */
#include <stdio.h>
#include <string.h>

#include "ansi41.h"
#include "ansi683.h"
#include "ansi637.h"
#include "ber.h"
#include "ber_tree.h"
#include "inner.h"
#include "names.h"
#include "values.h"

#define A41_MAX_DEPTH 8
#define A41_MAX_ELEMENTS 128
#define A41_FAMILY_MAP 9

/* ---- operations (X.S0004-540 1.3 Table 1) ------------------------------------------------- */

/*
 * Specifiers 1-9 as the transcript of Table 1 reads; the others as tshark 4.0.17 names
 * each specifier of family 9 (a frame of the captures with the specifier set to every value
 * 0-255): 103-105 and 107-110 tshark does not know and are left unnamed.
 */
static const struct tk_value_string op_names[] = {
	{ 1, "HandoffMeasurementRequest" },
	{ 2, "FacilitiesDirective" },
	{ 3, "MobileOnChannel" },
	{ 4, "HandoffBack" },
	{ 5, "FacilitiesRelease" },
	{ 6, "QualificationRequest" },
	{ 7, "QualificationDirective" },
	{ 8, "Blocking" },
	{ 9, "Unblocking" },
	{ 10, "ResetCircuit" },
	{ 11, "TrunkTest" },
	{ 12, "TrunkTestDisconnect" },
	{ 13, "RegistrationNotification" },
	{ 14, "RegistrationCancellation" },
	{ 15, "LocationRequest" },
	{ 16, "RoutingRequest" },
	{ 17, "FeatureRequest" },
	{ 18, "reserved (ServiceProfileRequest, IS-41-C)" },
	{ 19, "reserved (ServiceProfileDirective, IS-41-C)" },
	{ 20, "UnreliableRoamerDataDirective" },
	{ 21, "reserved (CallDataRequest, IS-41-C)" },
	{ 22, "MSInactive" },
	{ 23, "TransferToNumberRequest" },
	{ 24, "RedirectionRequest" },
	{ 25, "HandoffToThird" },
	{ 26, "FlashRequest" },
	{ 27, "AuthenticationDirective" },
	{ 28, "AuthenticationRequest" },
	{ 29, "BaseStationChallenge" },
	{ 30, "AuthenticationFailureReport" },
	{ 31, "CountRequest" },
	{ 32, "InterSystemPage" },
	{ 33, "UnsolicitedResponse" },
	{ 34, "BulkDeregistration" },
	{ 35, "HandoffMeasurementRequest2" },
	{ 36, "FacilitiesDirective2" },
	{ 37, "HandoffBack2" },
	{ 38, "HandoffToThird2" },
	{ 39, "AuthenticationDirectiveForward" },
	{ 40, "AuthenticationStatusReport" },
	{ 41, "reserved" },
	{ 42, "InformationDirective" },
	{ 43, "InformationForward" },
	{ 44, "InterSystemAnswer" },
	{ 45, "InterSystemPage2" },
	{ 46, "InterSystemSetup" },
	{ 47, "OriginationRequest" },
	{ 48, "RandomVariableRequest" },
	{ 49, "RedirectionDirective" },
	{ 50, "RemoteUserInteractionDirective" },
	{ 51, "SMSDeliveryBackward" },
	{ 52, "SMSDeliveryForward" },
	{ 53, "SMSDeliveryPointToPoint" },
	{ 54, "SMSNotification" },
	{ 55, "SMSRequest" },
	{ 56, "OTASPRequest" },
	{ 57, "InformationBackward" },
	{ 58, "ChangeFacilities" },
	{ 59, "ChangeService" },
	{ 60, "ParameterRequest" },
	{ 61, "TMSIDirective" },
	{ 62, "NumberPortabilityRequest" },
	{ 63, "ServiceRequest" },
	{ 64, "AnalyzedInformation" },
	{ 65, "ConnectionFailureReport" },
	{ 66, "ConnectResource" },
	{ 67, "DisconnectResource" },
	{ 68, "FacilitySelectedAndAvailable" },
	{ 69, "InstructionRequest" },
	{ 70, "Modify" },
	{ 71, "ResetTimer" },
	{ 72, "Search" },
	{ 73, "SeizeResource" },
	{ 74, "SRFDirective" },
	{ 75, "TBusy" },
	{ 76, "TNoAnswer" },
	{ 77, "Release" },
	{ 78, "SMSDeliveryPointToPointAck" },
	{ 79, "MessageDirective" },
	{ 80, "BulkDisconnection" },
	{ 81, "CallControlDirective" },
	{ 82, "OAnswer" },
	{ 83, "ODisconnect" },
	{ 84, "CallRecoveryReport" },
	{ 85, "TAnswer" },
	{ 86, "TDisconnect" },
	{ 87, "UnreliableCallData" },
	{ 88, "OCalledPartyBusy" },
	{ 89, "ONoAnswer" },
	{ 90, "PositionRequest" },
	{ 91, "PositionRequestForward" },
	{ 92, "CallTerminationReport" },
	{ 93, "GeoPositionDirective" },
	{ 94, "GeoPositionRequest" },
	{ 95, "InterSystemPositionRequest" },
	{ 96, "InterSystemPositionRequestForward" },
	{ 97, "ACGDirective" },
	{ 98, "RoamerDatabaseVerificationRequest" },
	{ 99, "AddService" },
	{ 100, "DropService" },
	{ 101, "InterSystemSMSPage" },
	{ 102, "LCSParameterRequest" },
	{ 106, "PositionEventNotification" },
	{ 111, "InterSystemSMSDeliveryPointToPoint" },
	{ 112, "QualificationRequest2" },
	{ 0, NULL }
};

int tk_ansi41_is_map_operation(int national, long code)
{
	return !national && code >= 0 && code <= 0xffff && ((code >> 8) & 0x7f) == A41_FAMILY_MAP;
}

const char *tk_ansi41_operation_name(int national, long code)
{
	if (!tk_ansi41_is_map_operation(national, code))
		return NULL;
	return tk_vs_name(op_names, code & 0xff);
}

/*
 * Error codes (X.S0004-540 "TCAP Error Codes"; IS-41-C 6.4.1.x): Private error codes of one
 * octet, 129-140.  Names as the standard spells them; the numbers checked with tshark
 * 4.0.17's ansi_tcap (a returnError with every Private code 0-255: it names exactly these,
 * unrecognized-MIN (129) ... missing-Parameter (140)).
 */
static const struct tk_value_string error_names[] = {
	{ 129, "UnrecognizedMIN" },
	{ 130, "UnrecognizedESN" },
	{ 131, "MIN/HLRMismatch" },
	{ 132, "OperationSequenceProblem" },
	{ 133, "ResourceShortage" },
	{ 134, "OperationNotSupported" },
	{ 135, "TrunkUnavailable" },
	{ 136, "ParameterError" },
	{ 137, "SystemFailure" },
	{ 138, "UnrecognizedParameterValue" },
	{ 139, "FeatureInactive" },
	{ 140, "MissingParameter" },
	{ 0, NULL }
};

const char *tk_ansi41_error_name(int national, long code)
{
	if (national || code < 0 || code > 0xff)
		return NULL;
	return tk_vs_name(error_names, code);
}

/* ---- value tables ------------------------------------------------------------------------- */

/* Digits (X.S0004-550 Digits, after T1.114 Digits): type of digits, octet 1 (tshark names
 * 0-8 alike) */
static const struct tk_value_string type_of_digits[] = {
	{ 0, "Not Used" },
	{ 1, "Dialed Number or Called Party Number" },
	{ 2, "Calling Party Number" },
	{ 3, "Caller Interaction" },
	{ 4, "Routing Number" },
	{ 5, "Billing Number" },
	{ 6, "Destination Number" },
	{ 7, "LATA" },
	{ 8, "Carrier" },
	{ 0, NULL }
};

/* Digits octet 3 bits H-E: numbering plan (tshark names 0-7, 13-15 alike) */
static const struct tk_value_string numbering_plan[] = {
	{ 0, "Unknown or not applicable" },
	{ 1, "ISDN Numbering" },
	{ 2, "Telephony Numbering (ITU-T Rec. E.164, E.163)" },
	{ 3, "Data Numbering (ITU-T Rec. X.121)" },
	{ 4, "Telex Numbering (ITU-T Rec. F.69)" },
	{ 5, "Maritime Mobile Numbering" },
	{ 6, "Land Mobile Numbering (ITU-T Rec. E.212)" },
	{ 7, "Private Numbering Plan" },
	{ 13, "SS7 Point Code (PC) and Subsystem Number (SSN)" },
	{ 14, "Internet Protocol (IP) Address" },
	{ 15, "Reserved for extension" },
	{ 0, NULL }
};

/* Digits octet 3 bits D-A: encoding */
static const struct tk_value_string digits_encoding[] = {
	{ 0, "Not used" },
	{ 1, "BCD" },
	{ 2, "IA5" },
	{ 3, "Octet String" },
	{ 0, NULL }
};

/* Digits octet 2 bits F-E: screening indication */
static const struct tk_value_string screening[] = {
	{ 0, "User provided, not screened" },
	{ 1, "User provided, screening passed" },
	{ 2, "User provided, screening failed" },
	{ 3, "Network provided" },
	{ 0, NULL }
};

/* SystemMyTypeCode (X.S0004-550 SystemMyTypeCode): the vendor of the system; the names of
 * 0-34 as tshark lists them (every value tried) */
static const struct tk_value_string vendor_names[] = {
	{ 0, "Not used" },
	{ 1, "EDS" },
	{ 2, "Astronet" },
	{ 3, "Lucent Technologies" },
	{ 4, "Ericsson" },
	{ 5, "GTE" },
	{ 6, "Motorola" },
	{ 7, "NEC" },
	{ 8, "NORTEL" },
	{ 9, "NovAtel" },
	{ 10, "Plexsys" },
	{ 11, "Digital Equipment Corp" },
	{ 12, "INET" },
	{ 13, "Bellcore" },
	{ 14, "Alcatel SEL" },
	{ 15, "Compaq" },
	{ 16, "QUALCOMM" },
	{ 17, "Aldiscon" },
	{ 18, "Celcore" },
	{ 19, "TELOS" },
	{ 20, "ADI Limited" },
	{ 21, "Coral Systems" },
	{ 22, "Synacom Technology" },
	{ 23, "DSC" },
	{ 24, "MCI" },
	{ 25, "NewNet" },
	{ 26, "Sema Group Telecoms" },
	{ 27, "LG Information and Communications" },
	{ 28, "CBIS" },
	{ 29, "Siemens" },
	{ 30, "Samsung Electronics" },
	{ 31, "ReadyCom Inc" },
	{ 32, "AG Communication Systems" },
	{ 33, "Hughes Network Systems" },
	{ 34, "Phoenix Wireless Group" },
	{ 0, NULL }
};

/* TriggerType (X.S0004-550 TriggerType): tshark names every value listed (all tried) */
static const struct tk_value_string trigger_types[] = {
	{ 1, "All_Calls" },
	{ 2, "Double_Introducing_Star" },
	{ 3, "Single_Introducing_Star" },
	{ 4, "Reserved [for Home_System_Feature_Code]" },
	{ 5, "Double_Introducing_Pound" },
	{ 6, "Single_Introducing_Pound" },
	{ 7, "Revertive_Call" },
	{ 8, "0_Digit" },
	{ 9, "1_Digit" },
	{ 10, "2_Digit" },
	{ 11, "3_Digit" },
	{ 12, "4_Digit" },
	{ 13, "5_Digit" },
	{ 14, "6_Digit" },
	{ 15, "7_Digit" },
	{ 16, "8_Digit" },
	{ 17, "9_Digit" },
	{ 18, "10_Digit" },
	{ 19, "11_Digit" },
	{ 20, "12_Digit" },
	{ 21, "13_Digit" },
	{ 22, "14_Digit" },
	{ 23, "15_Digit" },
	{ 24, "Local_Call" },
	{ 25, "Intra-LATA_Toll_Call" },
	{ 26, "Inter-LATA_Toll_Call" },
	{ 27, "World_Zone_Call" },
	{ 28, "International_Call" },
	{ 29, "Unrecognized_Number" },
	{ 30, "Prior_Agreement" },
	{ 31, "Specific_Called_Party_Digit_String" },
	{ 32, "Mobile_Termination" },
	{ 33, "Advanced_Termination" },
	{ 34, "Location" },
	{ 35, "Locally_Allowed_Specific_Digit_String" },
	{ 36, "Origination_Attempt_Authorized" },
	{ 37, "Calling_Routing_Address_Available" },
	{ 38, "Initial_Termination" },
	{ 39, "Called_Routing_Address_Available" },
	{ 40, "O_Answer" },
	{ 41, "O_Disconnect" },
	{ 42, "O_Called_Party_Busy" },
	{ 43, "O_No_Answer" },
	{ 64, "Terminating_Resource_Available" },
	{ 65, "T_Busy" },
	{ 66, "T_No_Answer" },
	{ 67, "T_No_Page_Response" },
	{ 68, "T_Routable" },
	{ 69, "T_Answer" },
	{ 70, "T_Disconnect" },
	{ 220, "Reserved for TDP-R DP Type value" },
	{ 221, "Reserved for TDP-N DP Type value" },
	{ 222, "Reserved for EDP-R DP Type value" },
	{ 223, "Reserved for EDP-N DP Type value" },
	{ 0, NULL }
};

/* ActionCode (X.S0004-550 ActionCode): the codes the captures carry, named as tshark names
 * them (1, 8, 9, 14); others keep their number */
static const struct tk_value_string action_codes[] = {
	{ 1, "Continue processing" },
	{ 8, "Attach MSC to OTAF" },
	{ 9, "Initiate RegistrationNotification" },
	{ 14, "Release TRN" },
	{ 0, NULL }
};

/* the type octet of PC_SSN (X.S0004-550 PC_SSN, the MSC types of ExtendedMSCID): the
 * values the captures carry, named as tshark names them */
static const struct tk_value_string pc_ssn_types[] = {
	{ 1, "Serving MSC" },
	{ 4, "HLR" },
	{ 9, "Originating MSC" },
	{ 0, NULL }
};

/*
 * single-octet enumerations, each named as X.S0004-550's clause of the parameter names its
 * values; the numbers checked with tshark 4.0.17 (a copy of a message with the octet set to
 * every value 0-255: tshark names exactly the values listed, in its ASN.1 spelling, e.g.
 * "termination-denied (4)").  Values the captures do not carry are checked only that way.
 */
static const struct tk_value_string access_denied_reasons[] = {	/* AccessDeniedReason */
	{ 0, "Not used" },
	{ 1, "Unassigned directory number" },
	{ 2, "Inactive" },
	{ 3, "Busy" },
	{ 4, "Termination denied" },
	{ 5, "No page response" },
	{ 6, "Unavailable" },
	{ 7, "Service rejected by MS" },
	{ 8, "Service rejected by the system" },
	{ 9, "Service type mismatch" },
	{ 10, "Service denied" },
	{ 12, "Position determination not supported" },
	{ 0, NULL }
};
static const struct tk_value_string authorization_denied[] = {	/* AuthorizationDenied */
	{ 0, "Not used" },
	{ 1, "Delinquent account" },
	{ 2, "Invalid serial number" },
	{ 3, "Stolen unit" },
	{ 4, "Duplicate unit" },
	{ 5, "Unassigned directory number" },
	{ 6, "Unspecified" },
	{ 7, "Multiple access" },
	{ 8, "Not authorized for the MSC" },
	{ 9, "Missing authentication parameters" },
	{ 10, "TerminalType mismatch" },
	{ 11, "Requested service code not supported" },
	{ 0, NULL }
};
static const struct tk_value_string feature_results[] = {	/* FeatureResult */
	{ 0, "Not used" },
	{ 1, "Unsuccessful" },
	{ 2, "Successful" },
	{ 0, NULL }
};
static const struct tk_value_string dmh_redirection_indicators[] = {	/* DMH_RedirectionIndicator */
	{ 0, "Not specified" },
	{ 1, "CFU" },
	{ 2, "CFB" },
	{ 3, "CFNA" },
	{ 4, "CFO" },
	{ 5, "CD Unspecified" },
	{ 6, "CD PSTN" },
	{ 7, "CD Private" },
	{ 8, "PSTN Tandem" },
	{ 9, "Private" },
	{ 10, "Busy" },
	{ 11, "Inactive" },
	{ 12, "Unassigned" },
	{ 13, "Termination denied" },
	{ 14, "CD failure" },
	{ 15, "ECT" },
	{ 16, "MAH" },
	{ 17, "FA" },
	{ 18, "Abandoned call leg" },
	{ 19, "PCA call refused" },
	{ 20, "SCA call refused" },
	{ 21, "Dialogue" },
	{ 22, "CFD" },
	{ 23, "CD local" },
	{ 24, "Voice mail retrieval" },
	{ 0, NULL }
};
/* AuthorizationPeriod octet 1, Period (octet 2 is the Value) */
static const struct tk_value_string authorization_periods[] = {
	{ 0, "Not used" },
	{ 1, "Per Call" },
	{ 2, "Hours" },
	{ 3, "Days" },
	{ 4, "Weeks" },
	{ 5, "Per Agreement" },
	{ 6, "Indefinite" },
	{ 7, "Number of calls" },
	{ 0, NULL }
};
/* CallingFeaturesIndicator: each feature's FeatureActivity, two bits */
static const struct tk_value_string feature_activities[] = {
	{ 0, "Not used" },
	{ 1, "Not authorized" },
	{ 2, "Authorized but de-activated" },
	{ 3, "Authorized and activated" },
	{ 0, NULL }
};
/* SMS_OriginationRestrictions bits B-A, DEFAULT */
static const struct tk_value_string sms_orig_defaults[] = {
	{ 0, "Block all" },
	{ 1, "Reserved" },
	{ 2, "Allow specific" },
	{ 3, "Allow all" },
	{ 0, NULL }
};
static const struct tk_value_string qualification_info_codes[] = {	/* QualificationInformationCode */
	{ 3, "Validation and profile" },
	{ 0, NULL }
};
static const struct tk_value_string redirection_reasons[] = {	/* RedirectionReason */
	{ 0, "Not used" },
	{ 1, "Busy" },
	{ 2, "No Answer" },
	{ 3, "Unconditional" },
	{ 4, "No Page Response" },
	{ 5, "Unavailable" },
	{ 6, "Unroutable" },
	{ 7, "Call accepted" },
	{ 8, "Call refused" },
	{ 9, "USCFvm, divert to voice mail" },
	{ 10, "USCFms, divert to an MS provided DN" },
	{ 11, "USCFnr, divert to a network registered DN" },
	{ 0, NULL }
};
static const struct tk_value_string origination_indicators[] = {	/* OriginationIndicator */
	{ 7, "International calls" },
	{ 0, NULL }
};
static const struct tk_value_string termination_restriction_codes[] = {	/* TerminationRestrictionCode */
	{ 2, "Unrestricted" },
	{ 0, NULL }
};
static const struct tk_value_string system_access_types[] = {	/* SystemAccessType */
	{ 3, "Autonomous registration" },
	{ 0, NULL }
};
static const struct tk_value_string authentication_capabilities[] = {	/* AuthenticationCapability */
	{ 1, "No authentication required" },
	{ 0, NULL }
};
static const struct tk_value_string service_indicators[] = {	/* ServiceIndicator */
	{ 1, "CDMA OTASP Service" },
	{ 0, NULL }
};
static const struct tk_value_string release_causes[] = {	/* ReleaseCause */
	{ 1, "Calling Party" },
	{ 0, NULL }
};

/* ---- bit layouts -------------------------------------------------------------------------- */

/* one named bit: octet (0 first), mask; the parameters are extensible, so the bits of octets
 * the value does not have are not emitted */
struct a41_bit {
	uint8_t octet, mask;
	const char *key;
};

/* TriggerCapability (X.S0004-550 TriggerCapability): a bit per trigger (set: the triggers can
 * be armed by the TriggerAddressList parameter); bit positions as tshark 4.0.17 shows them
 * for 707018 / 7d7b1f of the captures */
static const struct a41_bit trigger_capability_bits[] = {
	{ 0, 0x01, "introducingStarPound" },	/* INIT */
	{ 0, 0x02, "kDigit" },
	{ 0, 0x04, "allCalls" },
	{ 0, 0x08, "revertiveCall" },
	{ 0, 0x10, "originationAttemptAuthorized" },	/* OAA */
	{ 0, 0x20, "oAnswer" },
	{ 0, 0x40, "oDisconnect" },
	{ 0, 0x80, "oNoAnswer" },
	{ 1, 0x01, "callTypes" },
	{ 1, 0x02, "unrecognizedNumber" },
	{ 1, 0x04, "priorAgreement" },
	{ 1, 0x08, "advancedTermination" },
	{ 1, 0x10, "callingRoutingAddressAvailable" },
	{ 1, 0x20, "initialTermination" },
	{ 1, 0x40, "calledRoutingAddressAvailable" },
	{ 1, 0x80, "oCalledPartyBusy" },
	{ 2, 0x01, "terminatingResourceAvailable" },
	{ 2, 0x02, "tBusy" },
	{ 2, 0x04, "tNoAnswer" },
	{ 2, 0x08, "tAnswer" },
	{ 2, 0x10, "tDisconnect" },
};

/* WINOperationsCapability (X.S0004-550): the sender supports ConnectResource (and
 * DisconnectResource, ConnectionFailureReport, ResetTimer), CallControlDirective,
 * PositionRequest; as tshark shows 03 / 0f of the captures */
static const struct a41_bit win_operations_bits[] = {
	{ 0, 0x01, "connectResource" },
	{ 0, 0x02, "callControlDirective" },
	{ 0, 0x04, "positionRequest" },
};

/* OriginationTriggers (X.S0004-550): launch an OriginationRequest for ...; tshark 4.0.17
 * shows these bits for ffffffff (octet 2 bits F-H reserved) */
static const struct a41_bit origination_trigger_bits[] = {
	{ 0, 0x01, "all" },
	{ 0, 0x02, "local" },
	{ 0, 0x04, "intraLataToll" },
	{ 0, 0x08, "interLataToll" },
	{ 0, 0x10, "international" },
	{ 0, 0x20, "worldZone" },
	{ 0, 0x40, "unrecognizedNumber" },
	{ 0, 0x80, "revertiveCall" },
	{ 1, 0x01, "star" },
	{ 1, 0x02, "doubleStar" },
	{ 1, 0x04, "pound" },
	{ 1, 0x08, "doublePound" },
	{ 1, 0x10, "priorAgreement" },
	{ 2, 0x01, "noDigits" },
	{ 2, 0x02, "digits1" },
	{ 2, 0x04, "digits2" },
	{ 2, 0x08, "digits3" },
	{ 2, 0x10, "digits4" },
	{ 2, 0x20, "digits5" },
	{ 2, 0x40, "digits6" },
	{ 2, 0x80, "digits7" },
	{ 3, 0x01, "digits8" },
	{ 3, 0x02, "digits9" },
	{ 3, 0x04, "digits10" },
	{ 3, 0x08, "digits11" },
	{ 3, 0x10, "digits12" },
	{ 3, 0x20, "digits13" },
	{ 3, 0x40, "digits14" },
	{ 3, 0x80, "digits15" },
};

/* SystemCapabilities (X.S0004-550): as tshark shows the bits (AUTH, SE, VP, CAVE, SSD, DP) */
static const struct a41_bit system_capability_bits[] = {
	{ 0, 0x01, "authenticationParametersRequested" },
	{ 0, 0x02, "signalingMessageEncryption" },
	{ 0, 0x04, "voicePrivacy" },
	{ 0, 0x08, "caveAlgorithm" },
	{ 0, 0x10, "sharedSsd" },
	{ 0, 0x20, "dataPrivacy" },
};

/* SMS_OriginationRestrictions (X.S0004-550): bits B-A DEFAULT (below), C DIRECT (allow
 * direct), D FMC (force indirect, through the message center); as tshark shows them */
static const struct a41_bit sms_orig_restriction_bits[] = {
	{ 0, 0x04, "direct" },
	{ 0, 0x08, "forceMessageCenter" },
};

/* CallingFeaturesIndicator (X.S0004-550): a FeatureActivity (two bits, feature_activities)
 * per feature, four to an octet from bits B-A up; order as tshark 4.0.17 shows ffffffffff
 * and the 7a0d11 of ansi_map_ota.pcap */
struct a41_pair {
	uint8_t octet, shift;
	const char *key;
};
static const struct a41_pair calling_feature_pairs[] = {
	{ 0, 0, "callForwardingUnconditional" },	/* CFU-FA */
	{ 0, 2, "callForwardingBusy" },			/* CFB-FA */
	{ 0, 4, "callForwardingNoAnswer" },		/* CFNA-FA */
	{ 0, 6, "callWaiting" },			/* CW-FA */
	{ 1, 0, "threeWayCalling" },			/* 3WC-FA */
	{ 1, 2, "callDelivery" },			/* CD-FA */
	{ 1, 4, "voicePrivacy" },			/* VP-FA */
	{ 1, 6, "callTransfer" },			/* CT-FA */
	{ 2, 0, "cnip1" },		/* one number Calling Number Identification Presentation */
	{ 2, 2, "cnip2" },		/* two numbers */
	{ 2, 4, "cnir" },		/* CNI Restriction */
	{ 2, 6, "cnirOverride" },
	{ 3, 0, "priorityCallWaiting" },
	{ 3, 2, "dataPrivacy" },
	{ 3, 4, "answerHold" },
	{ 3, 6, "uscfVoiceMail" },	/* USCFvm */
	{ 4, 0, "uscfMsProvidedDn" },	/* USCFms */
	{ 4, 2, "uscfNetworkRegisteredDn" },	/* USCFnr */
	{ 4, 4, "cdmaPacketDataService" },	/* CPDS */
	{ 4, 6, "cdmaConcurrentService" },	/* CCS */
};

#define NBITS(a) (sizeof(a) / sizeof((a)[0]))

static void bits(struct tk_emitter *e, const uint8_t *p, size_t n, const struct a41_bit *b, size_t count)
{
	size_t i;

	for (i = 0; i < count; i++)
		if (b[i].octet < n)
			tk_emit_kv_bool(e, b[i].key, p[b[i].octet] & b[i].mask);
}

/* ---- field decoders ------------------------------------------------------------------------ */

enum kind {
	K_HEX,			/* named only: the octets in "hex" */
	K_DIGITS,
	K_MSCID,
	K_BILLING_ID,
	K_ESN,
	K_MIN,			/* MobileIdentificationNumber and its kin: 10 BCD digits */
	K_IMSI,
	K_PC_SSN,
	K_TRANSACTION_CAPABILITY,
	K_ENUM1,		/* one octet named from vs */
	K_NUMBER,		/* an unsigned number of 1 to 4 octets */
	K_BITS,			/* named bits (bits, nbits) */
	K_CALLING_FEATURES,
	K_AUTH_PERIOD,
	K_TIME_DATE_OFFSET,
	K_SMS_ORIG_RESTRICTIONS,
	K_WIN_TRIGGER_LIST,
	K_SMS_BEARER_DATA,	/* by the set's context: see bearer_data() */
};

struct param_desc {
	unsigned id;		/* context-specific tag number */
	const char *name;
	enum kind kind;
	const struct tk_value_string *vs;	/* K_ENUM1 */
	const char *key;	/* K_ENUM1 / K_NUMBER: the key of the value */
	const struct a41_bit *bits;	/* K_BITS */
	size_t nbits;
};

#define BITS(t) K_BITS, NULL, NULL, t, NBITS(t)

/*
 * Identifiers: those of the captures were read off their octets beside tshark's naming of
 * the same value; IMSI [242] is from X.S0004-550 IMSI (not in the captures, so tshark did
 * not confirm it).  Sorted by identifier.
 */
static const struct param_desc params[] = {
	{ 1, "BillingID", K_BILLING_ID, NULL, NULL, NULL, 0 },		/* X.S0004-550 BillingID */
	{ 2, "ServingCellID", K_NUMBER, NULL, "servingCellId", NULL, 0 },	/* ServingCellID */
	{ 4, "Digits (Dialed)", K_DIGITS, NULL, NULL, NULL, 0 },		/* Digits */
	{ 8, "MobileIdentificationNumber", K_MIN, NULL, NULL, NULL, 0 },	/* MobileIdentificationNumber */
	{ 9, "ElectronicSerialNumber", K_ESN, NULL, NULL, NULL, 0 },	/* ElectronicSerialNumber */
	{ 13, "AuthorizationDenied", K_ENUM1, authorization_denied, "reason", NULL, 0 },
	{ 14, "AuthorizationPeriod", K_AUTH_PERIOD, NULL, NULL, NULL, 0 },	/* AuthorizationPeriod */
	{ 17, "QualificationInformationCode", K_ENUM1, qualification_info_codes, "code", NULL, 0 },
	{ 18, "FeatureResult", K_ENUM1, feature_results, "result", NULL, 0 },
	{ 19, "RedirectionReason", K_ENUM1, redirection_reasons, "reason", NULL, 0 },
	{ 20, "AccessDeniedReason", K_ENUM1, access_denied_reasons, "reason", NULL, 0 },
	{ 21, "MSCID", K_MSCID, NULL, NULL, NULL, 0 },			/* MSCID */
	{ 22, "SystemMyTypeCode", K_ENUM1, vendor_names, "vendor", NULL, 0 },	/* SystemMyTypeCode */
	{ 23, "OriginationIndicator", K_ENUM1, origination_indicators, "indicator", NULL, 0 },
	{ 24, "TerminationRestrictionCode", K_ENUM1, termination_restriction_codes, "code", NULL, 0 },
	{ 25, "CallingFeaturesIndicator", K_CALLING_FEATURES, NULL, NULL, NULL, 0 },
	{ 32, "PC_SSN", K_PC_SSN, NULL, NULL, NULL, 0 },			/* PC_SSN */
	{ 33, "LocationAreaID", K_NUMBER, NULL, "locationAreaId", NULL, 0 },	/* LocationAreaID */
	{ 34, "SystemAccessType", K_ENUM1, system_access_types, "type", NULL, 0 },
	{ 49, "SystemCapabilities", BITS(system_capability_bits) },
	{ 78, "AuthenticationCapability", K_ENUM1, authentication_capabilities, "capability", NULL, 0 },
	/* the Digits parameters below: identifiers as tshark names them (each tried in a
	 * message whose ASN.1 has it) */
	{ 80, "CallingPartyNumberDigits1", K_DIGITS, NULL, NULL, NULL, 0 },
	{ 81, "CallingPartyNumberDigits2", K_DIGITS, NULL, NULL, NULL, 0 },
	{ 86, "CarrierDigits", K_DIGITS, NULL, NULL, NULL, 0 },
	{ 87, "DestinationDigits", K_DIGITS, NULL, NULL, NULL, 0 },
	{ 88, "DMH_RedirectionIndicator", K_ENUM1, dmh_redirection_indicators, "indicator", NULL, 0 },
	{ 93, "MobileDirectoryNumber", K_DIGITS, NULL, NULL, NULL, 0 },
	{ 94, "MSCIdentificationNumber", K_DIGITS, NULL, NULL, NULL, 0 },
	{ 98, "OriginationTriggers", BITS(origination_trigger_bits) },
	{ 100, "RedirectingNumberDigits", K_DIGITS, NULL, NULL, NULL, 0 },
	{ 103, "SenderIdentificationNumber", K_DIGITS, NULL, NULL, NULL, 0 },
	{ 104, "SMS_Address", K_DIGITS, NULL, NULL, NULL, 0 },
	{ 105, "SMS_BearerData", K_SMS_BEARER_DATA, NULL, NULL, NULL, 0 },	/* see bearer_data() */
	{ 107, "SMS_DestinationAddress", K_DIGITS, NULL, NULL, NULL, 0 },
	{ 110, "SMS_OriginalDestinationAddress", K_DIGITS, NULL, NULL, NULL, 0 },
	{ 112, "SMS_OriginalOriginatingAddress", K_DIGITS, NULL, NULL, NULL, 0 },
	{ 114, "SMS_OriginatingAddress", K_DIGITS, NULL, NULL, NULL, 0 },
	{ 115, "SMS_OriginationRestrictions", K_SMS_ORIG_RESTRICTIONS, NULL, NULL, NULL, 0 },
	/* SMS_TeleserviceIdentifier: a number of two octets (tshark shows the hex only) */
	{ 116, "SMS_TeleserviceIdentifier", K_NUMBER, NULL, "teleservice", NULL, 0 },
	{ 117, "SMS_TerminationRestrictions", K_HEX, NULL, NULL, NULL, 0 },	/* tshark: hex only */
	{ 123, "TransactionCapability", K_TRANSACTION_CAPABILITY, NULL, NULL, NULL, 0 },
	{ 128, "ActionCode", K_ENUM1, action_codes, "action", NULL, 0 },	/* ActionCode */
	{ 140, "DMH_AccountCodeDigits", K_DIGITS, NULL, NULL, NULL, 0 },
	{ 141, "DMH_AlternateBillingDigits", K_DIGITS, NULL, NULL, NULL, 0 },
	{ 142, "DMH_BillingDigits", K_DIGITS, NULL, NULL, NULL, 0 },
	{ 150, "RoutingDigits", K_DIGITS, NULL, NULL, NULL, 0 },
	{ 162, "ConditionallyDeniedReason", K_HEX, NULL, NULL, NULL, 0 },	/* values not checked */
	{ 167, "DeniedAuthorizationPeriod", K_HEX, NULL, NULL, NULL, 0 },	/* tshark: hex only */
	{ 184, "MobileStationMIN", K_MIN, NULL, NULL, NULL, 0 },		/* MSID's MIN form */
	{ 187, "NewlyAssignedMIN", K_MIN, NULL, NULL, NULL, 0 },
	{ 193, "ServiceIndicator", K_ENUM1, service_indicators, "service", NULL, 0 },
	{ 195, "TemporaryReferenceNumber", K_MIN, NULL, NULL, NULL, 0 },
	{ 227, "RestrictionDigits", K_DIGITS, NULL, NULL, NULL, 0 },
	{ 242, "IMSI", K_IMSI, NULL, NULL, NULL, 0 },			/* IMSI */
	{ 275, "TimeDateOffset", K_TIME_DATE_OFFSET, NULL, NULL, NULL, 0 },
	{ 276, "TriggerAddressList", K_HEX, NULL, NULL, NULL, 0 },	/* constructed: TriggerLists */
	{ 277, "TriggerCapability", BITS(trigger_capability_bits) },
	{ 278, "TriggerList", K_HEX, NULL, NULL, NULL, 0 },		/* constructed: address, WIN_TriggerList */
	{ 279, "TriggerType", K_ENUM1, trigger_types, "trigger", NULL, 0 },	/* TriggerType */
	{ 280, "WINCapability", K_HEX, NULL, NULL, NULL, 0 },		/* constructed: elements */
	{ 281, "WINOperationsCapability", BITS(win_operations_bits) },
	{ 283, "WIN_TriggerList", K_WIN_TRIGGER_LIST, NULL, NULL, NULL, 0 },
	{ 305, "DMH_ServiceID", K_HEX, NULL, NULL, NULL, 0 },		/* tshark: hex only */
	{ 308, "ReleaseCause", K_ENUM1, release_causes, "cause", NULL, 0 },
	{ 309, "TimeOfDay", K_NUMBER, NULL, "timeOfDay", NULL, 0 },
};

static const struct param_desc *param_find(unsigned id)
{
	size_t lo = 0, hi = sizeof(params) / sizeof(params[0]);

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (params[mid].id == id)
			return &params[mid];
		if (params[mid].id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* semi-octets, low nibble first, of n octets into out as digits (BCD 0-9, others as hex) */
static void bcd_string(const uint8_t *p, size_t n, size_t ndigits, char *out, size_t size)
{
	static const char hexd[] = "0123456789abcdef";
	size_t i, k = 0;

	for (i = 0; i < ndigits && i / 2 < n && k + 1 < size; i++) {
		unsigned d = (i & 1) ? p[i / 2] >> 4 : p[i / 2] & 0x0f;
		out[k++] = hexd[d];
	}
	out[k] = 0;
}

/* Digits (X.S0004-550 Digits, T1.114 Digits): octet 1 type of digits; octet 2 nature of
 * number (A national/international, B presentation restricted, C number not available,
 * F-E screening); octet 3 numbering plan (H-E) and encoding (D-A); octet 4 number of
 * digits; then BCD (low semi-octet first) or IA5 */
static void digits(struct tk_emitter *e, struct tk_inner_err *er, const uint8_t *p, size_t n)
{
	unsigned enc, nd;
	char buf[256];
	size_t i, k;

	if (!tk_inner_need(er, n, 4, "a Digits value"))
		return;
	tk_inner_emit_name(e, "typeOfDigits", type_of_digits, NULL, "reserved", p[0]);
	tk_emit_kv_str(e, "natureOfNumber", (p[1] & 0x01) ? "International" : "National");
	tk_emit_kv_bool(e, "presentationRestricted", p[1] & 0x02);
	tk_emit_kv_bool(e, "numberNotAvailable", p[1] & 0x04);
	tk_inner_emit_name(e, "screening", screening, NULL, "screening", (p[1] >> 4) & 3);
	tk_inner_emit_name(e, "numberingPlan", numbering_plan, NULL, "unknown", p[2] >> 4);
	enc = p[2] & 0x0f;
	tk_inner_emit_name(e, "encoding", digits_encoding, NULL, "reserved", enc);
	if ((p[2] >> 4) == 13) {
		/* an SS7 address: point code (member, cluster, network) and SSN after octet 3, no
		 * number of digits (tshark: 0031d30a000008 "Point Code 0-0-10  SSN 8") */
		if (tk_inner_fixed(er, n, 7, "a PC_SSN address")) {
			snprintf(buf, sizeof(buf), "%u-%u-%u", p[5], p[4], p[3]);
			tk_emit_kv_str(e, "pointCode", buf);
			tk_emit_kv_long(e, "ssn", p[6]);
		}
		return;
	}
	if ((p[2] >> 4) == 14) {
		/* an IP address after octet 3 (tshark names the plan but shows no address):
		 * four octets IPv4, else the octets stay in "hex" */
		if (n == 7) {
			snprintf(buf, sizeof(buf), "%u.%u.%u.%u", p[3], p[4], p[5], p[6]);
			tk_emit_kv_str(e, "ipAddress", buf);
		}
		return;
	}
	nd = p[3];
	tk_emit_kv_long(e, "numberOfDigits", nd);
	if (enc == 1) {
		if ((nd + 1) / 2 > n - 4)
			tk_inner_fail(er, n, "truncated: %u BCD digits need %u octets, %zu present", nd,
				      (nd + 1) / 2, n - 4);
		else if ((nd + 1) / 2 < n - 4)
			tk_inner_fail(er, 4 + (nd + 1) / 2, "octets after the %u BCD digits", nd);
		bcd_string(p + 4, n - 4, nd, buf, sizeof(buf));
		tk_emit_kv_str(e, "digits", buf);
	} else if (enc == 2) {
		for (i = 4, k = 0; i < n && k + 1 < sizeof(buf); i++)
			buf[k++] = (p[i] >= 0x20 && p[i] < 0x7f) ? (char)p[i] : '?';
		buf[k] = 0;
		if (nd != n - 4)
			tk_inner_fail(er, 3, "number of digits %u but %zu IA5 characters", nd, n - 4);
		tk_emit_kv_str(e, "digits", buf);
	}
}

/* MSCID (X.S0004-550 MSCID): MarketID (2 octets), SwitchNumber (1) */
static void mscid(struct tk_emitter *e, struct tk_inner_err *er, const uint8_t *p, size_t n)
{
	if (!tk_inner_fixed(er, n, 3, "an MSCID"))
		return;
	tk_emit_kv_long(e, "marketId", p[0] << 8 | p[1]);
	tk_emit_kv_long(e, "switchNumber", p[2]);
}

/* BillingID (X.S0004-550 BillingID): originating MarketID (2), originating SwitchNumber (1),
 * ID Number (3), Segment Counter (1) */
static void billing_id(struct tk_emitter *e, struct tk_inner_err *er, const uint8_t *p, size_t n)
{
	if (!tk_inner_fixed(er, n, 7, "a BillingID"))
		return;
	tk_emit_kv_long(e, "marketId", p[0] << 8 | p[1]);
	tk_emit_kv_long(e, "switchNumber", p[2]);
	tk_emit_kv_long(e, "idNumber", (long)p[3] << 16 | p[4] << 8 | p[5]);
	tk_emit_kv_long(e, "segmentCounter", p[6]);
}

/* ElectronicSerialNumber (X.S0004-550 ElectronicSerialNumber): 32 bits, the manufacturer's
 * code in the most significant 8, the serial number in the other 24 */
static void esn(struct tk_emitter *e, struct tk_inner_err *er, const uint8_t *p, size_t n)
{
	char buf[16];

	if (!tk_inner_fixed(er, n, 4, "an ElectronicSerialNumber"))
		return;
	snprintf(buf, sizeof(buf), "%02x%02x%02x%02x", p[0], p[1], p[2], p[3]);
	tk_emit_kv_str(e, "esn", buf);
	tk_emit_kv_long(e, "manufacturerCode", p[0]);
	tk_emit_kv_long(e, "serialNumber", (long)p[1] << 16 | p[2] << 8 | p[3]);
}

/* MobileIdentificationNumber (X.S0004-550 MobileIdentificationNumber): 10 digits, BCD, the
 * first digit in the low semi-octet of octet 1 (tshark: 0118900027 -> 1081090072) */
static void min_digits(struct tk_emitter *e, struct tk_inner_err *er, const uint8_t *p, size_t n)
{
	char buf[16];
	size_t i;

	if (!tk_inner_fixed(er, n, 5, "a MIN"))
		return;
	for (i = 0; i < 10; i++) {
		unsigned d = (i & 1) ? p[i / 2] >> 4 : p[i / 2] & 0x0f;
		if (d > 9)
			tk_inner_fail(er, i / 2, "semi-octet %u is not a BCD digit", d);
	}
	bcd_string(p, n, 10, buf, sizeof(buf));
	tk_emit_kv_str(e, "min", buf);
}

/* IMSI (X.S0004-550 IMSI, after TS 29.002 TBCD-STRING) */
static void imsi(struct tk_emitter *e, struct tk_inner_err *er, const uint8_t *p, size_t n)
{
	char buf[40];

	if (n < 3 || n > 8) {
		tk_inner_fail(er, 0, "an IMSI of %zu octets (3 to 8)", n);
		if (n == 0)
			return;
	}
	if (tk_tbcd_digits(p, n, buf, sizeof(buf)) >= 0)
		tk_emit_kv_str(e, "imsi", buf);
}

/* PC_SSN (X.S0004-550 PC_SSN): type (1), point code member, cluster, network (3), SSN (1) */
static void pc_ssn(struct tk_emitter *e, struct tk_inner_err *er, const uint8_t *p, size_t n)
{
	char buf[24];

	if (!tk_inner_fixed(er, n, 5, "a PC_SSN"))
		return;
	tk_inner_emit_name(e, "type", pc_ssn_types, NULL, "type", p[0]);
	snprintf(buf, sizeof(buf), "%u-%u-%u", p[3], p[2], p[1]);
	tk_emit_kv_str(e, "pointCode", buf);
	tk_emit_kv_long(e, "ssn", p[4]);
}

/* TransactionCapability (X.S0004-550 TransactionCapability), octet 1 bits A-H and octet 2 as
 * tshark shows them: PROF, BUSY, ANN, RUI, SPINI, UZCI, NDSS, NAMI; multiple terminations
 * (D-A), TL (E), WADDR (F) */
static void transaction_capability(struct tk_emitter *e, struct tk_inner_err *er, const uint8_t *p,
				   size_t n)
{
	if (!tk_inner_need(er, n, 1, "a TransactionCapability"))
		return;
	tk_emit_kv_bool(e, "profile", p[0] & 0x01);
	tk_emit_kv_bool(e, "busyDetection", p[0] & 0x02);
	tk_emit_kv_bool(e, "announcements", p[0] & 0x04);
	tk_emit_kv_bool(e, "remoteUserInteraction", p[0] & 0x08);
	tk_emit_kv_bool(e, "subscriberPinIntercept", p[0] & 0x10);
	tk_emit_kv_bool(e, "userZoneCapable", p[0] & 0x20);
	tk_emit_kv_bool(e, "ndssCapable", p[0] & 0x40);
	tk_emit_kv_bool(e, "nameCapable", p[0] & 0x80);
	if (n < 2)
		return;
	tk_emit_kv_long(e, "multipleTerminations", p[1] & 0x0f);
	tk_emit_kv_bool(e, "terminationList", p[1] & 0x10);
	tk_emit_kv_bool(e, "winAddressing", p[1] & 0x20);
}

static void value_fields(struct tk_emitter *e, struct tk_inner_err *er, const struct param_desc *d,
			 const uint8_t *p, size_t n)
{
	switch (d->kind) {
	case K_HEX:
	case K_SMS_BEARER_DATA:	/* element() calls bearer_data() */
		break;
	case K_DIGITS:
		digits(e, er, p, n);
		break;
	case K_MSCID:
		mscid(e, er, p, n);
		break;
	case K_BILLING_ID:
		billing_id(e, er, p, n);
		break;
	case K_ESN:
		esn(e, er, p, n);
		break;
	case K_MIN:
		min_digits(e, er, p, n);
		break;
	case K_IMSI:
		imsi(e, er, p, n);
		break;
	case K_PC_SSN:
		pc_ssn(e, er, p, n);
		break;
	case K_TRANSACTION_CAPABILITY:
		transaction_capability(e, er, p, n);
		break;
	case K_ENUM1:
		if (tk_inner_fixed(er, n, 1, d->name))
			tk_inner_emit_name(e, d->key, d->vs, NULL, "unknown", p[0]);
		break;
	case K_BITS:
		if (tk_inner_need(er, n, 1, d->name))
			bits(e, p, n, d->bits, d->nbits);
		break;
	case K_CALLING_FEATURES:
		if (tk_inner_need(er, n, 1, d->name)) {
			size_t i;
			for (i = 0; i < NBITS(calling_feature_pairs); i++) {
				const struct a41_pair *f = &calling_feature_pairs[i];
				if (f->octet < n)
					tk_inner_emit_name(e, f->key, feature_activities, NULL, "unknown",
							   (p[f->octet] >> f->shift) & 3);
			}
		}
		break;
	case K_AUTH_PERIOD:
		/* AuthorizationPeriod: Period (octet 1), Value (octet 2) (tshark: 0600
		 * "Indefinite (6)", "Value: 0") */
		if (tk_inner_fixed(er, n, 2, d->name)) {
			tk_inner_emit_name(e, "period", authorization_periods, NULL, "reserved", p[0]);
			tk_emit_kv_long(e, "value", p[1]);
		}
		break;
	case K_TIME_DATE_OFFSET:
		/* TimeDateOffset: the local time's offset from UTC in minutes, two's
		 * complement of 16 bits (fe20 = -480, UTC-8 of the captures' Pacific time
		 * zone; tshark shows the hex only) */
		if (tk_inner_fixed(er, n, 2, d->name)) {
			int v = p[0] << 8 | p[1];
			tk_emit_kv_long(e, "offsetMinutes", v >= 0x8000 ? v - 0x10000 : v);
		}
		break;
	case K_SMS_ORIG_RESTRICTIONS:
		if (tk_inner_need(er, n, 1, d->name)) {
			tk_inner_emit_name(e, "default", sms_orig_defaults, NULL, "reserved", p[0] & 3);
			bits(e, p, n, sms_orig_restriction_bits, NBITS(sms_orig_restriction_bits));
		}
		break;
	case K_WIN_TRIGGER_LIST:
		/* WIN_TriggerList: the trigger types, one octet each (TriggerType values;
		 * tshark shows the hex only) */
		if (tk_inner_need(er, n, 1, d->name)) {
			size_t i;
			tk_emit_key(e, "triggers");
			tk_emit_open(e, 1);
			for (i = 0; i < n; i++) {
				tk_emit_open(e, 0);
				tk_inner_emit_name(e, "trigger", trigger_types, NULL, "unknown", p[i]);
				tk_emit_close(e, 0);
			}
			tk_emit_close(e, 1);
		}
		break;
	case K_NUMBER:
		if (n >= 1 && n <= 4) {
			unsigned long v = 0;
			size_t i;
			for (i = 0; i < n; i++)
				v = v << 8 | p[i];
			tk_emit_kv_long(e, d->key, (long)v);
		} else {
			tk_inner_fail(er, 0, "%s of %zu octets (1 to 4)", d->name, n);
		}
		break;
	}
}

/* ---- the parameter set --------------------------------------------------------------------- */

struct walk {
	struct tk_emitter *e;
	struct tk_inner_err *er;	/* the whole set's first problem */
	const uint8_t *base;
	unsigned count;
	struct tk_ansi41_ctx ctx;	/* the context, completed from the set itself */
};

/*
 * SMS_BearerData (X.S0004-550 SMS_BearerData): octets of the SMS teleservice layer that the
 * ANSI-41 MAP carries without looking in.  What they are is said elsewhere: IS-683 OTASP
 * data when the invoke's ServiceIndicator is CDMA OTASP Service (1), the IS-637 (TIA-637)
 * teleservice layer for SMS teleservices: "otasp" (ansi683.c) and "bearerData" (ansi637.c)
 * beside the "hex" (tk_inner_finish adds it).  An unknown teleservice (-1: a result whose
 * invoke was not seen) or another one keeps the hex only.  Each decoder reports its own
 * errors inside its object.
 */
static void bearer_data(struct walk *w, struct tk_inner_err *er, const uint8_t *p, size_t n)
{
	/* IS-683 OTASP data: the forward link in the invoke, the reverse link in its result
	 * (an empty SMS_BearerData has no message to decode) */
	if (w->ctx.service_indicator == 1 && n > 0) {
		tk_emit_key(w->e, "otasp");
		tk_emit_ansi683(w->e, p, n, !w->ctx.invoke);
		return;
	}
	(void)er;
	/* IS-637 (C.S0015 4.5) for its teleservices, not for OTASP data */
	if (w->ctx.service_indicator != 1 && tk_ansi637_is_teleservice(w->ctx.teleservice)) {
		tk_emit_key(w->e, "bearerData");
		tk_emit_ansi637_bearer_data(w->e, p, n, w->ctx.teleservice);
	}
}

/*
 * The ServiceIndicator and SMS_TeleserviceIdentifier of the set's top level, when present,
 * before the walk: SMS_BearerData comes before them in the sets of the standard's order.
 */
static void scan_context(struct walk *w, struct tk_ber_cur c)
{
	unsigned k = 0;

	while (tk_ber_cur_more(&c) && k++ < A41_MAX_ELEMENTS) {
		struct tk_tlv t;
		struct tk_error err;
		size_t i;
		long v = 0;

		if (tk_ber_read(&c, &t, &err, TK_LAYER_COMPONENT) != TK_OK)
			return;
		if (t.cls != TK_BER_CONTEXT || t.constructed || t.len == 0 || t.len > 4)
			continue;
		for (i = 0; i < t.len; i++)
			v = (v << 8) | t.val[i];
		if (t.tag == 193)
			w->ctx.service_indicator = (int)v;
		else if (t.tag == 116)
			w->ctx.teleservice = v;
	}
}

static void elements(struct walk *w, struct tk_ber_cur *c);

/* one parameter: {"identifier","name",fields...,"hex"[,"error"]} or its BER tree */
static void element(struct walk *w, struct tk_ber_cur *c, const struct tk_tlv *t)
{
	struct tk_emitter *e = w->e;
	const struct param_desc *d = t->cls == TK_BER_CONTEXT ? param_find(t->tag) : NULL;
	struct tk_inner_err er;
	const uint8_t *tlv = w->base + t->off;

	tk_inner_start(e, &er, t->val, t->len);
	tk_emit_kv_long(e, "identifier", (long)t->tag);
	if (t->cls != TK_BER_CONTEXT)
		tk_emit_kv_str(e, "class", tk_ber_class_name(t->cls));
	tk_emit_kv_str(e, "name", d ? d->name : NULL);
	if (t->constructed) {
		struct tk_ber_cur in;
		struct tk_error err;
		if (tk_ber_cur_enter(c, t, &in, &err, TK_LAYER_COMPONENT) == 0 && in.depth <= A41_MAX_DEPTH) {
			tk_emit_key(e, "elements");
			tk_emit_open(e, 1);
			elements(w, &in);
			tk_emit_close(e, 1);
		} else {
			tk_inner_fail(&er, 0, "parameters nested deeper than %d", A41_MAX_DEPTH);
		}
	} else if (d && d->kind == K_SMS_BEARER_DATA) {
		bearer_data(w, &er, t->val, t->len);
	} else if (d) {
		value_fields(e, &er, d, t->val, t->len);
	} else {
		/* unknown identifier: its TLV structure with the tag */
		tk_emit_ber_tree_key(e, &er, tlv, t->total);
	}
	if (er.set)
		tk_inner_fail(w->er, t->off + t->hdr_len + er.offset, "%s", er.reason);
	tk_inner_finish(e, t->val, t->len, &er);
}

static void elements(struct walk *w, struct tk_ber_cur *c)
{
	while (tk_ber_cur_more(c)) {
		struct tk_tlv t;
		struct tk_error err;

		if (w->count >= A41_MAX_ELEMENTS) {
			tk_inner_fail(w->er, c->pos, "more than %d parameters", A41_MAX_ELEMENTS);
			return;
		}
		if (tk_ber_read(c, &t, &err, TK_LAYER_COMPONENT) != TK_OK) {
			tk_inner_fail(w->er, err.offset, "%s", err.reason);
			return;
		}
		w->count++;
		element(w, c, &t);
	}
}

void tk_emit_ansi41_parameters(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	tk_emit_ansi41_parameters_ctx(e, p, n, NULL);
}

void tk_emit_ansi41_parameters_ctx(struct tk_emitter *e, const uint8_t *p, size_t n,
				   const struct tk_ansi41_ctx *ctx)
{
	struct tk_inner_err er;
	struct tk_ber_cur top, in;
	struct tk_tlv t;
	struct tk_error err;
	struct walk w;

	n = tk_inner_start(e, &er, p, n);
	memset(&w, 0, sizeof(w));
	w.e = e;
	w.er = &er;
	w.base = p;
	if (ctx) {
		w.ctx = *ctx;
	} else {
		w.ctx.invoke = 0;
		w.ctx.operation = -1;
		w.ctx.service_indicator = -1;
		w.ctx.teleservice = -1;
	}
	tk_emit_key(e, "elements");
	tk_emit_open(e, 1);
	if (n == 0) {
		tk_inner_fail(&er, 0, "no parameter set");
	} else {
		tk_ber_cur_init(&top, p, 0, n, A41_MAX_DEPTH + 2);
		if (tk_ber_read(&top, &t, &err, TK_LAYER_COMPONENT) != TK_OK) {
			tk_inner_fail(&er, err.offset, "%s", err.reason);
		} else if (!t.constructed) {
			tk_inner_fail(&er, 0, "the parameter set is not constructed");
		} else if (tk_ber_cur_enter(&top, &t, &in, &err, TK_LAYER_COMPONENT) != 0) {
			tk_inner_fail(&er, err.offset, "%s", err.reason);
		} else {
			scan_context(&w, in);
			elements(&w, &in);
			if (t.total < n)
				tk_inner_fail(&er, t.total, "%zu octets after the parameter set", n - t.total);
		}
	}
	tk_emit_close(e, 1);
	tk_inner_finish(e, p, n, &er);
}
