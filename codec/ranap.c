/*
 * RANAP (3GPP TS 25.413) in MAP AN-APDU signalInfo: the outer structure of a RANAP-PDU
 * and a set of information elements, read with the ALIGNED PER reader of aper.h (X.691).
 *
 * Procedure codes, IE identifiers, message and value names are those of TS 25.413 clause
 * 9.3 (RANAP-Constants, RANAP-PDU-Descriptions, RANAP-IEs).  Every IE value is an open
 * type, so its octets are known without understanding it: an IE that is not decoded
 * here, or that fails to decode, is still listed with its octets and the next IE is read.
 * Containers nest (RAB lists hold ProtocolIE-Containers, SEQUENCEs hold iE-Extensions whose
 * values may hold RAB-Parameters again): each open type is one level deeper than the
 * encoding holding it, and no value is decoded deeper than RANAP_MAX_DEPTH levels; deeper
 * values are listed with their octets only, so crafted nesting cannot exhaust the stack.
 */
#include <arpa/inet.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <osmocom/gsm/protocol/gsm_04_08.h>

#include "aper.h"
#include "bssap.h"
#include "classmark.h"
#include "csn1.h"
#include "dtap.h"
#include "inner.h"
#include "location.h"
#include "lte_rrc.h"
#include "mdt.h"
#include "names.h"
#include "ranap.h"
#include "rlcmac.h"
#include "rrc.h"
#include "s1ap.h"
#include "values.h"

/*
 * What the TargetID IE (id 62) of the message names, for the transparent containers (IEs 61
 * and 63) whose type is that of the target system; TARGET_UNNAMED when the message has no
 * TargetID (see dec_transparent).
 */
enum target_kind { TARGET_UNNAMED, TARGET_RNC, TARGET_GERAN, TARGET_ENB, TARGET_OTHER };

/*
 * The deepest open type whose value is decoded: the PDU is 0, the message 1, its IEs 2,
 * the RAB items of a list 3, their iE-Extensions 4, an AlternativeRABConfiguration there 5
 * and its own extensions 6.
 */
#define RANAP_MAX_DEPTH 6

/* ---- names (TS 25.413 9.3) ----------------------------------------------------------------- */

/* RANAP-PDU ::= CHOICE, root alternatives in order (RANAP-PDU-Descriptions) */
static const char *const pdu_names[4] = {
	"initiatingMessage", "successfulOutcome", "unsuccessfulOutcome", "outcome"
};

/* elementary procedures: the id-* procedure codes of RANAP-Constants */
static const struct tk_value_string procedure_names[] = {
	{ 0, "RAB-Assignment" },
	{ 1, "Iu-Release" },
	{ 2, "RelocationPreparation" },
	{ 3, "RelocationResourceAllocation" },
	{ 4, "RelocationCancel" },
	{ 5, "SRNS-ContextTransfer" },
	{ 6, "SecurityModeControl" },
	{ 7, "DataVolumeReport" },
	{ 9, "Reset" },
	{ 10, "RAB-ReleaseRequest" },
	{ 11, "Iu-ReleaseRequest" },
	{ 12, "RelocationDetect" },
	{ 13, "RelocationComplete" },
	{ 14, "Paging" },
	{ 15, "CommonID" },
	{ 16, "CN-InvokeTrace" },
	{ 17, "LocationReportingControl" },
	{ 18, "LocationReport" },
	{ 19, "InitialUE-Message" },
	{ 20, "DirectTransfer" },
	{ 21, "OverloadControl" },
	{ 22, "ErrorIndication" },
	{ 23, "SRNS-DataForward" },
	{ 24, "ForwardSRNS-Context" },
	{ 25, "privateMessage" },
	{ 26, "CN-DeactivateTrace" },
	{ 27, "ResetResource" },
	{ 28, "RANAP-Relocation" },
	{ 29, "RAB-ModifyRequest" },
	{ 30, "LocationRelatedData" },
	{ 31, "InformationTransfer" },
	{ 32, "UESpecificInformation" },
	{ 33, "UplinkInformationExchange" },
	{ 34, "DirectInformationTransfer" },
	{ 35, "MBMSSessionStart" },
	{ 36, "MBMSSessionUpdate" },
	{ 37, "MBMSSessionStop" },
	{ 38, "MBMSUELinking" },
	{ 39, "MBMSRegistration" },
	{ 40, "MBMSCNDe-Registration-Procedure" },
	{ 41, "MBMSRABEstablishmentIndication" },
	{ 42, "MBMSRABRelease" },
	{ 43, "enhancedRelocationComplete" },
	{ 44, "enhancedRelocationCompleteConfirm" },
	{ 45, "RANAPenhancedRelocation" },
	{ 46, "SRVCCPreparation" },
	{ 47, "UeRadioCapabilityMatch" },
	{ 48, "UeRegistrationQuery" },
	{ 49, "RerouteNASRequest" },
	{ 0, NULL }
};

/*
 * The message of each procedure and RANAP-PDU alternative (initiatingMessage,
 * successfulOutcome, unsuccessfulOutcome, outcome), from the RANAP-ELEMENTARY-PROCEDURE
 * objects of RANAP-PDU-Descriptions; NULL where the procedure has no such message.
 */
static const char *const messages[50][4] = {
	[0] = { "RAB-AssignmentRequest", NULL, NULL, "RAB-AssignmentResponse" },
	[1] = { "Iu-ReleaseCommand", "Iu-ReleaseComplete", NULL, NULL },
	[2] = { "RelocationRequired", "RelocationCommand", "RelocationPreparationFailure", NULL },
	[3] = { "RelocationRequest", "RelocationRequestAcknowledge", "RelocationFailure", NULL },
	[4] = { "RelocationCancel", "RelocationCancelAcknowledge", NULL, NULL },
	[5] = { "SRNS-ContextRequest", "SRNS-ContextResponse", NULL, NULL },
	[6] = { "SecurityModeCommand", "SecurityModeComplete", "SecurityModeReject", NULL },
	[7] = { "DataVolumeReportRequest", "DataVolumeReport", NULL, NULL },
	[9] = { "Reset", "ResetAcknowledge", NULL, NULL },
	[10] = { "RAB-ReleaseRequest", NULL, NULL, NULL },
	[11] = { "Iu-ReleaseRequest", NULL, NULL, NULL },
	[12] = { "RelocationDetect", NULL, NULL, NULL },
	[13] = { "RelocationComplete", NULL, NULL, NULL },
	[14] = { "Paging", NULL, NULL, NULL },
	[15] = { "CommonID", NULL, NULL, NULL },
	[16] = { "CN-InvokeTrace", NULL, NULL, NULL },
	[17] = { "LocationReportingControl", NULL, NULL, NULL },
	[18] = { "LocationReport", NULL, NULL, NULL },
	[19] = { "InitialUE-Message", NULL, NULL, NULL },
	[20] = { "DirectTransfer", NULL, NULL, NULL },
	[21] = { "Overload", NULL, NULL, NULL },
	[22] = { "ErrorIndication", NULL, NULL, NULL },
	[23] = { "SRNS-DataForwardCommand", NULL, NULL, NULL },
	[24] = { "ForwardSRNS-Context", NULL, NULL, NULL },
	[25] = { "PrivateMessage", NULL, NULL, NULL },
	[26] = { "CN-DeactivateTrace", NULL, NULL, NULL },
	[27] = { "ResetResource", "ResetResourceAcknowledge", NULL, NULL },
	[28] = { "RANAP-RelocationInformation", NULL, NULL, NULL },
	[29] = { "RAB-ModifyRequest", NULL, NULL, NULL },
	[30] = { "LocationRelatedDataRequest", "LocationRelatedDataResponse",
		 "LocationRelatedDataFailure", NULL },
	[31] = { "InformationTransferIndication", "InformationTransferConfirmation",
		 "InformationTransferFailure", NULL },
	[32] = { "UESpecificInformationIndication", NULL, NULL, NULL },
	[33] = { "UplinkInformationExchangeRequest", "UplinkInformationExchangeResponse",
		 "UplinkInformationExchangeFailure", NULL },
	[34] = { "DirectInformationTransfer", NULL, NULL, NULL },
	[35] = { "MBMSSessionStart", "MBMSSessionStartResponse", "MBMSSessionStartFailure", NULL },
	[36] = { "MBMSSessionUpdate", "MBMSSessionUpdateResponse", "MBMSSessionUpdateFailure", NULL },
	[37] = { "MBMSSessionStop", "MBMSSessionStopResponse", NULL, NULL },
	[38] = { "MBMSUELinkingRequest", NULL, NULL, "MBMSUELinkingResponse" },
	[39] = { "MBMSRegistrationRequest", "MBMSRegistrationResponse", "MBMSRegistrationFailure", NULL },
	[40] = { "MBMSCNDe-RegistrationRequest", "MBMSCNDe-RegistrationResponse", NULL, NULL },
	[41] = { "MBMSRABEstablishmentIndication", NULL, NULL, NULL },
	[42] = { "MBMSRABReleaseRequest", "MBMSRABRelease", "MBMSRABReleaseFailure", NULL },
	[43] = { "EnhancedRelocationCompleteRequest", "EnhancedRelocationCompleteResponse",
		 "EnhancedRelocationCompleteFailure", NULL },
	[44] = { "EnhancedRelocationCompleteConfirm", NULL, NULL, NULL },
	[45] = { "RANAP-EnhancedRelocationInformationRequest",
		 "RANAP-EnhancedRelocationInformationResponse", NULL, NULL },
	[46] = { "SRVCC-CSKeysRequest", NULL, NULL, "SRVCC-CSKeysResponse" },
	[47] = { "UeRadioCapabilityMatchRequest", NULL, NULL, "UeRadioCapabilityMatchResponse" },
	[48] = { "UeRegistrationQueryRequest", NULL, NULL, "UeRegistrationQueryResponse" },
	[49] = { "RerouteNASRequest", NULL, NULL, NULL },
};

#define PROC_PRIVATE_MESSAGE 25

/* ProtocolIE-ID and ProtocolExtensionID values: the id-* IE constants of RANAP-Constants */
static const struct tk_value_string ie_names[] = {
	{ 0, "AreaIdentity" },
	{ 3, "CN-DomainIndicator" },
	{ 4, "Cause" },
	{ 5, "ChosenEncryptionAlgorithm" },
	{ 6, "ChosenIntegrityProtectionAlgorithm" },
	{ 7, "ClassmarkInformation2" },
	{ 8, "ClassmarkInformation3" },
	{ 9, "CriticalityDiagnostics" },
	{ 10, "DL-GTP-PDU-SequenceNumber" },
	{ 11, "EncryptionInformation" },
	{ 12, "IntegrityProtectionInformation" },
	{ 13, "IuTransportAssociation" },
	{ 14, "L3-Information" },
	{ 15, "LAI" },
	{ 16, "NAS-PDU" },
	{ 17, "NonSearchingIndication" },
	{ 18, "NumberOfSteps" },
	{ 19, "OMC-ID" },
	{ 20, "OldBSS-ToNewBSS-Information" },
	{ 21, "PagingAreaID" },
	{ 22, "PagingCause" },
	{ 23, "PermanentNAS-UE-ID" },
	{ 24, "RAB-ContextItem" },
	{ 25, "RAB-ContextList" },
	{ 26, "RAB-DataForwardingItem" },
	{ 27, "RAB-DataForwardingItem-SRNS-CtxReq" },
	{ 28, "RAB-DataForwardingList" },
	{ 29, "RAB-DataForwardingList-SRNS-CtxReq" },
	{ 30, "RAB-DataVolumeReportItem" },
	{ 31, "RAB-DataVolumeReportList" },
	{ 32, "RAB-DataVolumeReportRequestItem" },
	{ 33, "RAB-DataVolumeReportRequestList" },
	{ 34, "RAB-FailedItem" },
	{ 35, "RAB-FailedList" },
	{ 36, "RAB-ID" },
	{ 37, "RAB-QueuedItem" },
	{ 38, "RAB-QueuedList" },
	{ 39, "RAB-ReleaseFailedList" },
	{ 40, "RAB-ReleaseItem" },
	{ 41, "RAB-ReleaseList" },
	{ 42, "RAB-ReleasedItem" },
	{ 43, "RAB-ReleasedList" },
	{ 44, "RAB-ReleasedList-IuRelComp" },
	{ 45, "RAB-RelocationReleaseItem" },
	{ 46, "RAB-RelocationReleaseList" },
	{ 47, "RAB-SetupItem-RelocReq" },
	{ 48, "RAB-SetupItem-RelocReqAck" },
	{ 49, "RAB-SetupList-RelocReq" },
	{ 50, "RAB-SetupList-RelocReqAck" },
	{ 51, "RAB-SetupOrModifiedItem" },
	{ 52, "RAB-SetupOrModifiedList" },
	{ 53, "RAB-SetupOrModifyItem" },
	{ 54, "RAB-SetupOrModifyList" },
	{ 55, "RAC" },
	{ 56, "RelocationType" },
	{ 57, "RequestType" },
	{ 58, "SAI" },
	{ 59, "SAPI" },
	{ 60, "SourceID" },
	{ 61, "Source-ToTarget-TransparentContainer" },
	{ 62, "TargetID" },
	{ 63, "Target-ToSource-TransparentContainer" },
	{ 64, "TemporaryUE-ID" },
	{ 65, "TraceReference" },
	{ 66, "TraceType" },
	{ 67, "TransportLayerAddress" },
	{ 68, "TriggerID" },
	{ 69, "UE-ID" },
	{ 70, "UL-GTP-PDU-SequenceNumber" },
	{ 71, "RAB-FailedtoReportItem" },
	{ 72, "RAB-FailedtoReportList" },
	{ 75, "KeyStatus" },
	{ 76, "DRX-CycleLengthCoefficient" },
	{ 77, "IuSigConIdList" },
	{ 78, "IuSigConIdItem" },
	{ 79, "IuSigConId" },
	{ 80, "DirectTransferInformationItem-RANAP-RelocInf" },
	{ 81, "DirectTransferInformationList-RANAP-RelocInf" },
	{ 82, "RAB-ContextItem-RANAP-RelocInf" },
	{ 83, "RAB-ContextList-RANAP-RelocInf" },
	{ 84, "RAB-ContextFailedtoTransferItem" },
	{ 85, "RAB-ContextFailedtoTransferList" },
	{ 86, "GlobalRNC-ID" },
	{ 87, "RAB-ReleasedItem-IuRelComp" },
	{ 88, "MessageStructure" },
	{ 89, "Alt-RAB-Parameters" },
	{ 90, "Ass-RAB-Parameters" },
	{ 91, "RAB-ModifyList" },
	{ 92, "RAB-ModifyItem" },
	{ 93, "TypeOfError" },
	{ 94, "BroadcastAssistanceDataDecipheringKeys" },
	{ 95, "LocationRelatedDataRequestType" },
	{ 96, "GlobalCN-ID" },
	{ 97, "LastKnownServiceArea" },
	{ 98, "SRB-TrCH-Mapping" },
	{ 99, "InterSystemInformation-TransparentContainer" },
	{ 100, "NewBSS-To-OldBSS-Information" },
	{ 103, "SourceRNC-PDCP-context-info" },
	{ 104, "InformationTransferID" },
	{ 105, "SNA-Access-Information" },
	{ 106, "ProvidedData" },
	{ 107, "GERAN-BSC-Container" },
	{ 108, "GERAN-Classmark" },
	{ 109, "GERAN-Iumode-RAB-Failed-RABAssgntResponse-Item" },
	{ 110, "GERAN-Iumode-RAB-FailedList-RABAssgntResponse" },
	{ 111, "VerticalAccuracyCode" },
	{ 112, "ResponseTime" },
	{ 113, "PositioningPriority" },
	{ 114, "ClientType" },
	{ 115, "LocationRelatedDataRequestTypeSpecificToGERANIuMode" },
	{ 116, "SignallingIndication" },
	{ 117, "hS-DSCH-MAC-d-Flow-ID" },
	{ 118, "UESBI-Iu" },
	{ 119, "PositionData" },
	{ 120, "PositionDataSpecificToGERANIuMode" },
	{ 121, "CellLoadInformationGroup" },
	{ 122, "AccuracyFulfilmentIndicator" },
	{ 123, "InformationTransferType" },
	{ 124, "TraceRecordingSessionInformation" },
	{ 125, "TracePropagationParameters" },
	{ 126, "InterSystemInformationTransferType" },
	{ 127, "SelectedPLMN-ID" },
	{ 128, "RedirectionCompleted" },
	{ 129, "RedirectionIndication" },
	{ 130, "NAS-SequenceNumber" },
	{ 131, "RejectCauseValue" },
	{ 132, "APN" },
	{ 133, "CNMBMSLinkingInformation" },
	{ 134, "DeltaRAListofIdleModeUEs" },
	{ 135, "FrequenceLayerConvergenceFlag" },
	{ 136, "InformationExchangeID" },
	{ 137, "InformationExchangeType" },
	{ 138, "InformationRequested" },
	{ 139, "InformationRequestType" },
	{ 140, "IPMulticastAddress" },
	{ 141, "JoinedMBMSBearerServicesList" },
	{ 142, "LeftMBMSBearerServicesList" },
	{ 143, "MBMSBearerServiceType" },
	{ 144, "MBMSCNDe-Registration" },
	{ 145, "MBMSServiceArea" },
	{ 146, "MBMSSessionDuration" },
	{ 147, "MBMSSessionIdentity" },
	{ 148, "PDP-TypeInformation" },
	{ 149, "RAB-Parameters" },
	{ 150, "RAListofIdleModeUEs" },
	{ 151, "MBMSRegistrationRequestType" },
	{ 152, "SessionUpdateID" },
	{ 153, "TMGI" },
	{ 154, "TransportLayerInformation" },
	{ 155, "UnsuccessfulLinkingList" },
	{ 156, "MBMSLinkingInformation" },
	{ 157, "MBMSSessionRepetitionNumber" },
	{ 158, "AlternativeRABConfiguration" },
	{ 159, "AlternativeRABConfigurationRequest" },
	{ 160, "E-DCH-MAC-d-Flow-ID" },
	{ 161, "SourceBSS-ToTargetBSS-TransparentContainer" },
	{ 162, "TargetBSS-ToSourceBSS-TransparentContainer" },
	{ 163, "TimeToMBMSDataTransfer" },
	{ 164, "IncludeVelocity" },
	{ 165, "VelocityEstimate" },
	{ 166, "RedirectAttemptFlag" },
	{ 167, "RAT-Type" },
	{ 168, "PeriodicLocationInfo" },
	{ 169, "MBMSCountingInformation" },
	{ 170, "170-not-to-be-used-for-IE-ids" },
	{ 171, "ExtendedRNC-ID" },
	{ 172, "Alt-RAB-Parameter-ExtendedGuaranteedBitrateInf" },
	{ 173, "Alt-RAB-Parameter-ExtendedMaxBitrateInf" },
	{ 174, "Ass-RAB-Parameter-ExtendedGuaranteedBitrateList" },
	{ 175, "Ass-RAB-Parameter-ExtendedMaxBitrateList" },
	{ 176, "RAB-Parameter-ExtendedGuaranteedBitrateList" },
	{ 177, "RAB-Parameter-ExtendedMaxBitrateList" },
	{ 178, "Requested-RAB-Parameter-ExtendedMaxBitrateList" },
	{ 179, "Requested-RAB-Parameter-ExtendedGuaranteedBitrateList" },
	{ 180, "LAofIdleModeUEs" },
	{ 181, "newLAListofIdleModeUEs" },
	{ 182, "LAListwithNoIdleModeUEsAnyMore" },
	{ 183, "183-not-to-be-used-for-IE-ids" },
	{ 184, "GANSS-PositioningDataSet" },
	{ 185, "RequestedGANSSAssistanceData" },
	{ 186, "BroadcastGANSSAssistanceDataDecipheringKeys" },
	{ 187, "d-RNTI-for-NoIuCSUP" },
	{ 188, "RAB-SetupList-EnhancedRelocCompleteReq" },
	{ 189, "RAB-SetupItem-EnhancedRelocCompleteReq" },
	{ 190, "RAB-SetupList-EnhancedRelocCompleteRes" },
	{ 191, "RAB-SetupItem-EnhancedRelocCompleteRes" },
	{ 192, "RAB-SetupList-EnhRelocInfoReq" },
	{ 193, "RAB-SetupItem-EnhRelocInfoReq" },
	{ 194, "RAB-SetupList-EnhRelocInfoRes" },
	{ 195, "RAB-SetupItem-EnhRelocInfoRes" },
	{ 196, "OldIuSigConId" },
	{ 197, "RAB-FailedList-EnhRelocInfoRes" },
	{ 198, "RAB-FailedItem-EnhRelocInfoRes" },
	{ 199, "Global-ENB-ID" },
	{ 200, "UE-History-Information" },
	{ 201, "MBMSSynchronisationInformation" },
	{ 202, "SubscriberProfileIDforRFP" },
	{ 203, "CSG-Id" },
	{ 204, "OldIuSigConIdCS" },
	{ 205, "OldIuSigConIdPS" },
	{ 206, "GlobalCN-IDCS" },
	{ 207, "GlobalCN-IDPS" },
	{ 208, "SourceExtendedRNC-ID" },
	{ 209, "RAB-ToBeReleasedItem-EnhancedRelocCompleteRes" },
	{ 210, "RAB-ToBeReleasedList-EnhancedRelocCompleteRes" },
	{ 211, "SourceRNC-ID" },
	{ 212, "Relocation-TargetRNC-ID" },
	{ 213, "Relocation-TargetExtendedRNC-ID" },
	{ 214, "Alt-RAB-Parameter-SupportedGuaranteedBitrateInf" },
	{ 215, "Alt-RAB-Parameter-SupportedMaxBitrateInf" },
	{ 216, "Ass-RAB-Parameter-SupportedGuaranteedBitrateList" },
	{ 217, "Ass-RAB-Parameter-SupportedMaxBitrateList" },
	{ 218, "RAB-Parameter-SupportedGuaranteedBitrateList" },
	{ 219, "RAB-Parameter-SupportedMaxBitrateList" },
	{ 220, "Requested-RAB-Parameter-SupportedMaxBitrateList" },
	{ 221, "Requested-RAB-Parameter-SupportedGuaranteedBitrateList" },
	{ 222, "Relocation-SourceRNC-ID" },
	{ 223, "Relocation-SourceExtendedRNC-ID" },
	{ 224, "EncryptionKey" },
	{ 225, "IntegrityProtectionKey" },
	{ 226, "SRVCC-HO-Indication" },
	{ 227, "SRVCC-Information" },
	{ 228, "SRVCC-Operation-Possible" },
	{ 229, "CSG-Id-List" },
	{ 230, "PSRABtobeReplaced" },
	{ 231, "E-UTRAN-Service-Handover" },
	{ 233, "UE-AggregateMaximumBitRate" },
	{ 234, "CSG-Membership-Status" },
	{ 235, "Cell-Access-Mode" },
	{ 236, "IP-Source-Address" },
	{ 237, "CSFB-Information" },
	{ 238, "PDP-TypeInformation-extension" },
	{ 239, "MSISDN" },
	{ 240, "Offload-RAB-Parameters" },
	{ 241, "LGW-TransportLayerAddress" },
	{ 242, "Correlation-ID" },
	{ 243, "IRAT-Measurement-Configuration" },
	{ 244, "MDT-Configuration" },
	{ 245, "Priority-Class-Indicator" },
	{ 247, "RNSAPRelocationParameters" },
	{ 248, "RABParametersList" },
	{ 249, "Management-Based-MDT-Allowed" },
	{ 250, "HigherBitratesThan16MbpsFlag" },
	{ 251, "Trace-Collection-Entity-IP-Addess" },
	{ 252, "End-Of-CSFB" },
	{ 253, "Time-UE-StayedInCell-EnhancedGranularity" },
	{ 254, "Out-Of-UTRAN" },
	{ 255, "TraceRecordingSessionReference" },
	{ 256, "IMSI" },
	{ 257, "HO-Cause" },
	{ 258, "VoiceSupportMatchIndicator" },
	{ 259, "RSRVCC-HO-Indication" },
	{ 260, "RSRVCC-Information" },
	{ 261, "AnchorPLMN-ID" },
	{ 262, "Tunnel-Information-for-BBF" },
	{ 263, "Management-Based-MDT-PLMN-List" },
	{ 264, "SignallingBasedMDTPLMNList" },
	{ 265, "M4Report" },
	{ 266, "M5Report" },
	{ 267, "M6Report" },
	{ 268, "M7Report" },
	{ 269, "TimingDifferenceULDL" },
	{ 270, "Serving-Cell-Identifier" },
	{ 271, "EARFCN-Extended" },
	{ 272, "RSRVCC-Operation-Possible" },
	{ 273, "SIPTO-LGW-TransportLayerAddress" },
	{ 274, "SIPTO-Correlation-ID" },
	{ 275, "LHN-ID" },
	{ 276, "Session-Re-establishment-Indicator" },
	{ 277, "LastE-UTRANPLMNIdentity" },
	{ 278, "RSRQ-Type" },
	{ 279, "RSRQ-Extension" },
	{ 280, "Additional-CSPS-coordination-information" },
	{ 281, "UERegistrationQueryResult" },
	{ 282, "IuSigConIdRangeEnd" },
	{ 283, "BarometricPressure" },
	{ 284, "Additional-PositioningDataSet" },
	{ 285, "CivicAddress" },
	{ 286, "SGSN-Group-Identity" },
	{ 287, "P-TMSI" },
	{ 288, "RANAP-Message" },
	{ 289, "PowerSavingIndicator" },
	{ 290, "UE-Usage-Type" },
	{ 291, "DCN-ID" },
	{ 292, "UE-Application-Layer-Measurement-Configuration" },
	{ 293, "UE-Application-Layer-Measurement-Configuration-For-Relocation" },
	{ 294, "UE-Application-Layer-Measurement-Capability" },
	{ 295, "UeApplicationLayerMeasurementSupportIndication" },
	{ 296, "SRVCCSource" },
	{ 0, NULL }
};

/* CauseRadioNetwork (1..64) and CauseRadioNetworkExtension (257..512), RANAP-IEs */
static const struct tk_value_string cause_radio_names[] = {
	{ 1, "rab-pre-empted" },
	{ 2, "trelocoverall-expiry" },
	{ 3, "trelocprep-expiry" },
	{ 4, "treloccomplete-expiry" },
	{ 5, "tqueing-expiry" },
	{ 6, "relocation-triggered" },
	{ 7, "trellocalloc-expiry" },
	{ 8, "unable-to-establish-during-relocation" },
	{ 9, "unknown-target-rnc" },
	{ 10, "relocation-cancelled" },
	{ 11, "successful-relocation" },
	{ 12, "requested-ciphering-and-or-integrity-protection-algorithms-not-supported" },
	{ 13, "conflict-with-already-existing-integrity-protection-and-or-ciphering-information" },
	{ 14, "failure-in-the-radio-interface-procedure" },
	{ 15, "release-due-to-utran-generated-reason" },
	{ 16, "user-inactivity" },
	{ 17, "time-critical-relocation" },
	{ 18, "requested-traffic-class-not-available" },
	{ 19, "invalid-rab-parameters-value" },
	{ 20, "requested-maximum-bit-rate-not-available" },
	{ 21, "requested-guaranteed-bit-rate-not-available" },
	{ 22, "requested-transfer-delay-not-achievable" },
	{ 23, "invalid-rab-parameters-combination" },
	{ 24, "condition-violation-for-sdu-parameters" },
	{ 25, "condition-violation-for-traffic-handling-priority" },
	{ 26, "condition-violation-for-guaranteed-bit-rate" },
	{ 27, "user-plane-versions-not-supported" },
	{ 28, "iu-up-failure" },
	{ 29, "relocation-failure-in-target-CN-RNC-or-target-system" },
	{ 30, "invalid-RAB-ID" },
	{ 31, "no-remaining-rab" },
	{ 32, "interaction-with-other-procedure" },
	{ 33, "requested-maximum-bit-rate-for-dl-not-available" },
	{ 34, "requested-maximum-bit-rate-for-ul-not-available" },
	{ 35, "requested-guaranteed-bit-rate-for-dl-not-available" },
	{ 36, "requested-guaranteed-bit-rate-for-ul-not-available" },
	{ 37, "repeated-integrity-checking-failure" },
	{ 38, "requested-request-type-not-supported" },
	{ 39, "request-superseded" },
	{ 40, "release-due-to-UE-generated-signalling-connection-release" },
	{ 41, "resource-optimisation-relocation" },
	{ 42, "requested-information-not-available" },
	{ 43, "relocation-desirable-for-radio-reasons" },
	{ 44, "relocation-not-supported-in-target-RNC-or-target-system" },
	{ 45, "directed-retry" },
	{ 46, "radio-connection-with-UE-Lost" },
	{ 47, "rNC-unable-to-establish-all-RFCs" },
	{ 48, "deciphering-keys-not-available" },
	{ 49, "dedicated-assistance-data-not-available" },
	{ 50, "relocation-target-not-allowed" },
	{ 51, "location-reporting-congestion" },
	{ 52, "reduce-load-in-serving-cell" },
	{ 53, "no-radio-resources-available-in-target-cell" },
	{ 54, "gERAN-Iumode-failure" },
	{ 55, "access-restricted-due-to-shared-networks" },
	{ 56, "incoming-relocation-not-supported-due-to-PUESBINE-feature" },
	{ 57, "traffic-load-in-the-target-cell-higher-than-in-the-source-cell" },
	{ 58, "mBMS-no-multicast-service-for-this-UE" },
	{ 59, "mBMS-unknown-UE-ID" },
	{ 60, "successful-MBMS-session-start-no-data-bearer-necessary" },
	{ 61, "mBMS-superseded-due-to-NNSF" },
	{ 62, "mBMS-UE-linking-already-done" },
	{ 63, "mBMS-UE-de-linking-failure-no-existing-UE-linking" },
	{ 64, "tMGI-unknown" },
	{ 257, "iP-multicast-address-and-APN-not-valid" },
	{ 258, "mBMS-de-registration-rejected-due-to-implicit-registration" },
	{ 259, "mBMS-request-superseded" },
	{ 260, "mBMS-de-registration-during-session-not-allowed" },
	{ 261, "mBMS-no-data-bearer-necessary" },
	{ 262, "periodicLocationInformationNotAvailable" },
	{ 263, "gTP-Resources-Unavailable" },
	{ 264, "tMGI-inUse-overlapping-MBMS-service-area" },
	{ 265, "mBMS-no-cell-in-MBMS-service-area" },
	{ 266, "no-Iu-CS-UP-relocation" },
	{ 267, "successful-MBMS-Session-Start-IP-Multicast-Bearer-established" },
	{ 268, "cS-fallback-triggered" },
	{ 269, "invalid-CSG-Id" },
	{ 0, NULL }
};

/* CauseTransmissionNetwork (65..80), CauseNAS (81..96), CauseProtocol (97..112),
 * CauseMisc (113..128); their values do not overlap, so one table */
static const struct tk_value_string cause_other_names[] = {
	{ 65, "signalling-transport-resource-failure" },
	{ 66, "iu-transport-connection-failed-to-establish" },
	{ 81, "user-restriction-start-indication" },
	{ 82, "user-restriction-end-indication" },
	{ 83, "normal-release" },
	{ 84, "csg-subscription-expiry" },
	{ 97, "transfer-syntax-error" },
	{ 98, "semantic-error" },
	{ 99, "message-not-compatible-with-receiver-state" },
	{ 100, "abstract-syntax-error-reject" },
	{ 101, "abstract-syntax-error-ignore-and-notify" },
	{ 102, "abstract-syntax-error-falsely-constructed-message" },
	{ 113, "om-intervention" },
	{ 114, "no-resource-available" },
	{ 115, "unspecified-failure" },
	{ 116, "network-optimisation" },
	{ 0, NULL }
};

/* Cause ::= CHOICE root alternatives: name, lower bound and bits of the constrained INTEGER
 * (radioNetwork 1..64: 64 values, 6 bits; the middle four 16 values; non-Standard 129..256) */
static const struct {
	const char *choice;
	uint32_t lo, range;
	const struct tk_value_string *vs;
} cause_choices[6] = {
	{ "radioNetwork", 1, 64, cause_radio_names },
	{ "transmissionNetwork", 65, 16, cause_other_names },
	{ "nAS", 81, 16, cause_other_names },
	{ "protocol", 97, 16, cause_other_names },
	{ "misc", 113, 16, cause_other_names },
	{ "non-Standard", 129, 128, NULL },
};

/* CN-DomainIndicator */
static const struct tk_value_string cn_domain_names[] = {
	{ 0, "cs-domain" },
	{ 1, "ps-domain" },
	{ 0, NULL }
};

/* RelocationType */
static const struct tk_value_string relocation_type_names[] = {
	{ 0, "ue-not-involved" },
	{ 1, "ue-involved" },
	{ 0, NULL }
};

/* KeyStatus */
static const struct tk_value_string key_status_names[] = {
	{ 0, "old" },
	{ 1, "new" },
	{ 0, NULL }
};

/* SAPI */
static const struct tk_value_string sapi_names[] = {
	{ 0, "sapi-0" },
	{ 1, "sapi-3" },
	{ 0, NULL }
};

/* EncryptionAlgorithm ::= INTEGER (0..15) */
static const struct tk_value_string encryption_alg_names[] = {
	{ 0, "no-encryption" },
	{ 1, "standard-UMTS-encryption-algorith-UEA1" },
	{ 2, "standard-UMTS-encryption-algorithm-UEA2" },
	{ 0, NULL }
};

/* IntegrityProtectionAlgorithm ::= INTEGER (0..15) */
static const struct tk_value_string integrity_alg_names[] = {
	{ 0, "standard-UMTS-integrity-algorithm-UIA1" },
	{ 1, "standard-UMTS-integrity-algorithm-UIA2" },
	{ 15, "no-value" },
	{ 0, NULL }
};

/* ---- IE values (RANAP-IEs) ------------------------------------------------------------------ */

struct ie_kind;
typedef void ie_fn(struct tk_emitter *e, const char *key, struct tk_per *r,
		   const struct ie_kind *k);

/* how to decode the value of one ProtocolIE-ID; each function emits key + one value, or nothing */
struct ie_kind {
	long id;
	const char *key;
	ie_fn *fn;
	const struct tk_value_string *vs;	/* names of an enumeration or algorithm code */
	uint32_t nroot;				/* root values of the enumeration */
	int ext;				/* the enumeration is extensible (...) */
	/* (dec_int: nroot the number of values, ext the lower bound; dec_transparent: nroot 1
	 * for the source-to-target container, 0 for the target-to-source one) */
};

static void emit_fields(struct tk_emitter *e, struct tk_per *r, const char *key, int ext_container,
			int decode);

/* a SEQUENCE's optional iE-Extensions, when its preamble bit said it is there; their values
 * are decoded like the IEs' (as deep as RANAP_MAX_DEPTH allows) */
static void opt_extensions(struct tk_emitter *e, struct tk_per *r, uint32_t present)
{
	if (present)
		emit_fields(e, r, "extensions", 1, 1);
}

/* the end of an extensible SEQUENCE whose iE-Extensions is the last OPTIONAL component:
 * its extensions (bit 0 of x) and, when the extension bit (bit nopt of x) is set, the
 * extension additions (tk_per_additions) */
static void seq_tail(struct tk_emitter *e, struct tk_per *r, uint32_t x, unsigned nopt)
{
	opt_extensions(e, r, x & 1);
	if ((x >> nopt & 1) && !r->bad)
		tk_per_additions(e, r);
}

/*
 * ENUMERATED: an extension bit when extensible, then the root index (X.691 13); an
 * extension value is a normally small number, named from vs at nroot + the number (the
 * tables list the extension values after the root ones, in the ASN.1's order).
 */
static void emit_enum(struct tk_emitter *e, const char *key, struct tk_per *r,
		      const struct tk_value_string *vs, uint32_t nroot, int ext)
{
	uint32_t x = 0, v;

	if (ext && tk_per_bits(r, 1, key, &x))
		return;
	if (x) {
		if (tk_per_nsnn(r, key, &v) == 0 && vs && tk_vs_name(vs, (long)(nroot + v)))
			tk_emit_kv_str(e, key, tk_vs_name(vs, (long)(nroot + v)));
		else if (!r->bad)
			tk_inner_emit_name(e, key, NULL, NULL, "extension value", (long)v);
		return;
	}
	if (tk_per_cwn(r, nroot, key, &v) == 0)
		tk_inner_emit_name(e, key, vs, NULL, "unknown", (long)v);
}

static void dec_enum(struct tk_emitter *e, const char *key, struct tk_per *r,
		     const struct ie_kind *k)
{
	emit_enum(e, key, r, k->vs, k->nroot, k->ext);
}

/* ChosenEncryptionAlgorithm, ChosenIntegrityProtectionAlgorithm: INTEGER (0..15), 4 bits */
static void dec_alg(struct tk_emitter *e, const char *key, struct tk_per *r,
		    const struct ie_kind *k)
{
	uint32_t v;

	if (tk_per_cwn(r, 16, key, &v) == 0)
		tk_inner_emit_name(e, key, k->vs, NULL, "unknown", (long)v);
}

/* Cause (also HO-Cause and in RAB-FailedItem): extensible CHOICE of constrained INTEGERs */
static void emit_cause(struct tk_emitter *e, const char *key, struct tk_per *r)
{
	uint32_t x, i, v;
	struct tk_per o;

	if (tk_per_bits(r, 1, "Cause", &x))
		return;
	if (x) {
		/* the one extension alternative, radioNetworkExtension INTEGER (257..512): an open
		 * type holding one aligned octet (range 256) */
		if (tk_per_nsnn(r, "Cause extension", &i) || tk_per_open(r, "Cause extension", &o))
			return;
		tk_emit_key(e, key);
		tk_emit_open(e, 0);
		if (i != 0) {
			tk_inner_emit_name(e, "choice", NULL, NULL, "extension alternative",
					   (long)i);
		} else {
			tk_emit_kv_str(e, "choice", "radioNetworkExtension");
			if (tk_per_cwn(&o, 256, "CauseRadioNetworkExtension", &v) == 0) {
				tk_emit_kv_long(e, "value", 257 + (long)v);
				tk_inner_emit_name(e, "name", cause_radio_names, NULL, "unknown",
						   257 + (long)v);
			}
			tk_per_end(&o, "CauseRadioNetworkExtension");
		}
		tk_emit_close(e, 0);
		return;
	}
	if (tk_per_cwn(r, 6, "Cause", &i))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	tk_emit_kv_str(e, "choice", cause_choices[i].choice);
	if (tk_per_cwn(r, cause_choices[i].range, cause_choices[i].choice, &v) == 0) {
		long c = (long)(cause_choices[i].lo + v);
		tk_emit_kv_long(e, "value", c);
		tk_inner_emit_name(e, "name", cause_choices[i].vs, NULL,
				   cause_choices[i].vs ? "unknown" : "non-standard", c);
	}
	tk_emit_close(e, 0);
}

static void dec_cause(struct tk_emitter *e, const char *key, struct tk_per *r,
		      const struct ie_kind *k)
{
	(void)k;
	emit_cause(e, key, r);
}

/*
 * PLMNidentity ::= TBCD-STRING (SIZE (3)): a fixed-size OCTET STRING of more than two
 * octets, so octet-aligned without a length (X.691 17.6); the digits as TS 24.008
 * 10.5.1.3 lays them out (MNC digit 3 F for a 2-digit MNC), checked before libosmocore
 * turns them into numbers.
 */
static void emit_plmn(struct tk_emitter *e, struct tk_per *r)
{
	const uint8_t *q = tk_per_octets(r, 3, "pLMNidentity");

	if (q)
		tk_emit_plmn_fields(e, q, r->er, r->base + (size_t)(q - r->p));
}

/* a 2-octet fixed-size OCTET STRING (LAC, SAC, CI): 16 bits, not aligned (X.691 17.6) */
static void emit_u16(struct tk_emitter *e, struct tk_per *r, const char *key)
{
	uint32_t v;

	if (tk_per_bits(r, 16, key, &v) == 0)
		tk_emit_kv_long(e, key, (long)v);
}

/* RNC-ID ::= INTEGER (0..4095): 4096 values, two aligned octets (X.691 10.5.7.3) */
static void emit_rnc_id(struct tk_emitter *e, struct tk_per *r)
{
	uint32_t v;

	if (tk_per_cwn(r, 4096, "rNC-ID", &v) == 0)
		tk_emit_kv_long(e, "rncId", (long)v);
}

/* LAI ::= SEQUENCE { pLMNidentity, lAC, iE-Extensions OPTIONAL }, fields only */
static void lai_fields(struct tk_emitter *e, struct tk_per *r)
{
	uint32_t opt;

	if (tk_per_bits(r, 1, "LAI", &opt))
		return;
	emit_plmn(e, r);
	emit_u16(e, r, "lac");
	opt_extensions(e, r, opt);
}

/* SAI ::= SEQUENCE { pLMNidentity, lAC, sAC, iE-Extensions OPTIONAL } */
static void sai_fields(struct tk_emitter *e, struct tk_per *r)
{
	uint32_t opt;

	if (tk_per_bits(r, 1, "SAI", &opt))
		return;
	emit_plmn(e, r);
	emit_u16(e, r, "lac");
	emit_u16(e, r, "sac");
	opt_extensions(e, r, opt);
}

/* CGI ::= SEQUENCE { pLMNidentity, lAC, cI, iE-Extensions OPTIONAL } */
static void cgi_fields(struct tk_emitter *e, struct tk_per *r)
{
	uint32_t opt;

	if (tk_per_bits(r, 1, "CGI", &opt))
		return;
	emit_plmn(e, r);
	emit_u16(e, r, "lac");
	emit_u16(e, r, "ci");
	opt_extensions(e, r, opt);
}

static void dec_lai(struct tk_emitter *e, const char *key, struct tk_per *r,
		    const struct ie_kind *k)
{
	(void)k;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	lai_fields(e, r);
	tk_emit_close(e, 0);
}

static void dec_sai(struct tk_emitter *e, const char *key, struct tk_per *r,
		    const struct ie_kind *k)
{
	(void)k;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	sai_fields(e, r);
	tk_emit_close(e, 0);
}

/* PLMNidentity as an IE of its own (SelectedPLMN-ID, AnchorPLMN-ID, ...) */
static void dec_plmn(struct tk_emitter *e, const char *key, struct tk_per *r,
		     const struct ie_kind *k)
{
	(void)k;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	emit_plmn(e, r);
	tk_emit_close(e, 0);
}

/* GlobalRNC-ID ::= SEQUENCE { pLMNidentity, rNC-ID } (not extensible, nothing optional) */
static void dec_global_rnc(struct tk_emitter *e, const char *key, struct tk_per *r,
			   const struct ie_kind *k)
{
	(void)k;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	emit_plmn(e, r);
	emit_rnc_id(e, r);
	tk_emit_close(e, 0);
}

/* RAC ::= OCTET STRING (SIZE (1)): 8 bits */
static void dec_rac(struct tk_emitter *e, const char *key, struct tk_per *r,
		    const struct ie_kind *k)
{
	uint32_t v;

	(void)k;
	if (tk_per_bits(r, 8, "RAC", &v) == 0)
		tk_emit_kv_long(e, key, (long)v);
}

/*
 * SourceID ::= CHOICE { sourceRNC-ID SourceRNC-ID, sAI SAI, ... }, with
 * SourceRNC-ID ::= SEQUENCE { pLMNidentity, rNC-ID, iE-Extensions OPTIONAL }
 */
static void dec_source_id(struct tk_emitter *e, const char *key, struct tk_per *r,
			  const struct ie_kind *k)
{
	uint32_t x, i, opt;
	struct tk_per o;

	(void)k;
	if (tk_per_bits(r, 1, "SourceID", &x))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	if (x) {
		if (tk_per_nsnn(r, "SourceID extension", &i) == 0 &&
		    tk_per_open(r, "SourceID extension", &o) == 0) {
			tk_inner_emit_name(e, "choice", NULL, NULL, "extension alternative",
					   (long)i);
			tk_emit_kv_hex(e, "octets", o.p, o.n);
		}
	} else if (tk_per_cwn(r, 2, "SourceID", &i) == 0) {
		if (i == 0) {
			tk_emit_kv_str(e, "choice", "sourceRNC-ID");
			if (tk_per_bits(r, 1, "SourceRNC-ID", &opt) == 0) {
				emit_plmn(e, r);
				emit_rnc_id(e, r);
				opt_extensions(e, r, opt);
			}
		} else {
			tk_emit_kv_str(e, "choice", "sAI");
			sai_fields(e, r);
		}
	}
	tk_emit_close(e, 0);
}

/*
 * TargetID ::= CHOICE { targetRNC-ID TargetRNC-ID, cGI CGI, ..., targeteNB-ID TargetENB-ID }
 * with TargetRNC-ID ::= SEQUENCE { lAI, rAC OPTIONAL, rNC-ID, iE-Extensions OPTIONAL }.
 * TargetENB-ID, an extension so in an open type, is decoded from its octets (also listed).
 */
static void emit_target_enb_id(struct tk_emitter *e, struct tk_per *r);

/* TargetRNC-ID ::= SEQUENCE { lAI, rAC OPTIONAL, rNC-ID, iE-Extensions OPTIONAL } (not
 * extensible), fields only (also the targetRNC-ID of RIMRoutingAddress) */
static void target_rnc_fields(struct tk_emitter *e, struct tk_per *r)
{
	uint32_t opt, rac;

	if (tk_per_bits(r, 2, "TargetRNC-ID", &opt))
		return;
	lai_fields(e, r);
	if ((opt & 2) && tk_per_bits(r, 8, "rAC", &rac) == 0)
		tk_emit_kv_long(e, "rac", (long)rac);
	emit_rnc_id(e, r);
	opt_extensions(e, r, opt & 1);
}

/*
 * The extension alternatives of TargetID and RIMRoutingAddress, whose first (and in Release
 * 16 only) one is targeteNB-ID TargetENB-ID: the index and the open type, decoded as
 * TargetENB-ID when it is that one, listed otherwise; the octets always kept
 */
static void target_enb_extension(struct tk_emitter *e, struct tk_per *r, const char *what)
{
	struct tk_per o;
	uint32_t i;

	if (tk_per_nsnn(r, what, &i) || tk_per_open(r, what, &o))
		return;
	if (i == 0) {
		tk_emit_kv_str(e, "choice", "targeteNB-ID");
		if (o.depth <= RANAP_MAX_DEPTH) {
			emit_target_enb_id(e, &o);
			tk_per_end(&o, "TargetENB-ID");
		}
	} else {
		tk_inner_emit_name(e, "choice", NULL, NULL, "extension alternative", (long)i);
	}
	tk_emit_kv_hex(e, "octets", o.p, o.n);
}

static void dec_target_id(struct tk_emitter *e, const char *key, struct tk_per *r,
			  const struct ie_kind *k)
{
	uint32_t x, i;

	(void)k;
	if (tk_per_bits(r, 1, "TargetID", &x))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	if (x) {
		target_enb_extension(e, r, "TargetID extension");
	} else if (tk_per_cwn(r, 2, "TargetID", &i) == 0) {
		if (i == 0) {
			tk_emit_kv_str(e, "choice", "targetRNC-ID");
			target_rnc_fields(e, r);
		} else {
			tk_emit_kv_str(e, "choice", "cGI");
			cgi_fields(e, r);
		}
	}
	tk_emit_close(e, 0);
}

/*
 * IMSI ::= TBCD-STRING (SIZE (3..8)): a length of 3 bits (6 values, X.691 17.8), then the
 * octets aligned; TBCD digits low nibble first, an F high nibble filling the last octet.
 */
static void emit_imsi(struct tk_emitter *e, struct tk_per *r)
{
	char digits[17];
	const uint8_t *q;
	uint32_t len;
	size_t i;

	if (tk_per_cwn(r, 6, "IMSI length", &len))
		return;
	q = tk_per_octets(r, 3 + len, "IMSI");
	if (!q)
		return;
	/* TBCD (TS 23.003): a final 1111 is the filler; an IMSI has decimal digits only */
	if (tk_tbcd_digits(q, 3 + (size_t)len, digits, sizeof(digits)) < 0)
		return;
	for (i = 0; digits[i]; i++) {
		if (digits[i] < '0' || digits[i] > '9') {
			tk_inner_fail(r->er, r->base + (size_t)(q - r->p) + i / 2,
				      "IMSI digit %zu is '%c', not a decimal digit", i + 1,
				      digits[i]);
			return;
		}
	}
	tk_emit_kv_str(e, "imsi", digits);
}

static void dec_imsi(struct tk_emitter *e, const char *key, struct tk_per *r,
		     const struct ie_kind *k)
{
	(void)k;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	emit_imsi(e, r);
	tk_emit_close(e, 0);
}

/* PermanentNAS-UE-ID ::= CHOICE { iMSI IMSI, ... }: one root alternative, so no index bits;
 * the fields after the extension bit x, into the object open */
static void permanent_nas_ue_id_fields(struct tk_emitter *e, struct tk_per *r, uint32_t x)
{
	uint32_t i;
	struct tk_per o;

	if (x) {
		if (tk_per_nsnn(r, "PermanentNAS-UE-ID extension", &i) == 0 &&
		    tk_per_open(r, "PermanentNAS-UE-ID extension", &o) == 0) {
			tk_inner_emit_name(e, "choice", NULL, NULL, "extension alternative",
					   (long)i);
			tk_emit_kv_hex(e, "octets", o.p, o.n);
		}
	} else {
		tk_emit_kv_str(e, "choice", "iMSI");
		emit_imsi(e, r);
	}
}

static void dec_permanent_nas_ue_id(struct tk_emitter *e, const char *key, struct tk_per *r,
				    const struct ie_kind *k)
{
	uint32_t x;

	(void)k;
	if (tk_per_bits(r, 1, "PermanentNAS-UE-ID", &x))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	permanent_nas_ue_id_fields(e, r, x);
	tk_emit_close(e, 0);
}

/*
 * IntegrityProtectionInformation / EncryptionInformation ::= SEQUENCE {
 *	permittedAlgorithms SEQUENCE (SIZE (1..16)) OF INTEGER (0..15), key BIT STRING (SIZE (128)),
 *	iE-Extensions OPTIONAL }: count - 1 in 4 bits, 4 bits each, then the key octet-aligned
 * (a fixed-size BIT STRING longer than 16 bits, X.691 16.10)
 */
static void dec_security(struct tk_emitter *e, const char *key, struct tk_per *r,
			 const struct ie_kind *k)
{
	uint32_t opt, cnt, i, v;
	const uint8_t *q;

	if (tk_per_bits(r, 1, key, &opt) || tk_per_cwn(r, 16, "permittedAlgorithms count", &cnt))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	tk_emit_key(e, "permittedAlgorithms");
	tk_emit_open(e, 1);
	for (i = 0; i <= cnt && tk_per_cwn(r, 16, "permittedAlgorithms", &v) == 0; i++) {
		char buf[96];
		const char *s = tk_vs_name(k->vs, (long)v);
		if (!s) {
			snprintf(buf, sizeof(buf), "unknown (%u)", v);
			s = buf;
		}
		tk_emit_str(e, s);
	}
	tk_emit_close(e, 1);
	q = tk_per_octets(r, 16, "key");
	if (q)
		tk_emit_kv_hex(e, "key", q, 16);
	opt_extensions(e, r, opt);
	tk_emit_close(e, 0);
}

static void dec_octets(struct tk_emitter *e, const char *key, struct tk_per *r,
		       const struct ie_kind *k)
{
	const uint8_t *q;
	size_t len;

	(void)k;
	q = tk_per_octet_string(r, key, &len);
	if (q)
		tk_emit_kv_hex(e, key, q, len);
}

/*
 * NAS-PDU ::= OCTET STRING: a TS 24.008 layer 3 message.  Its protocol discriminator is
 * bits 4-1 of octet 1 and the message type octet 2, whose bits 8-7 carry the send sequence
 * number in MM, CC and SS messages (TS 24.007 11.2.3.2.3), not part of the type.
 * L3-Information (9.2.1.31, the TS 48.008 Layer 3 Information value) is one too: the TS 44.018
 * message of a relocation to GSM (HANDOVER COMMAND in RelocationCommand).
 */
static void dec_nas_pdu(struct tk_emitter *e, const char *key, struct tk_per *r,
			const struct ie_kind *k)
{
	const uint8_t *q;
	size_t len;

	q = tk_per_octet_string(r, key, &len);
	if (!q)
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	/* a TS 24.008 layer 3 message: dtap.c decodes its header and body */
	if (len >= 2)
		tk_emit_dtap_l3(e, q, len, r->base + (size_t)(q - r->p), r->er);
	else
		tk_inner_fail(r->er, r->base + (size_t)(q - r->p),
			      "%s of %zu octets, a layer 3 message has 2 or more",
			      tk_vs_name(ie_names, k->id), len);
	tk_emit_kv_hex(e, "octets", q, len);
	tk_emit_close(e, 0);
}

/* RAB-ID ::= BIT STRING (SIZE (8)): 8 bits, not aligned (X.691 16.9) */
static void dec_rab_id(struct tk_emitter *e, const char *key, struct tk_per *r,
		       const struct ie_kind *k)
{
	uint32_t v;

	(void)k;
	if (tk_per_bits(r, 8, "RAB-ID", &v) == 0)
		tk_emit_kv_long(e, key, (long)v);
}

/* IuSignallingConnectionIdentifier ::= BIT STRING (SIZE (24)): 3 aligned octets (X.691 16.10) */
static void dec_iu_sig_con_id(struct tk_emitter *e, const char *key, struct tk_per *r,
			      const struct ie_kind *k)
{
	const uint8_t *q = tk_per_octets(r, 3, key);

	(void)k;
	if (q)
		tk_emit_kv_long(e, key, (long)q[0] << 16 | (long)q[1] << 8 | q[2]);
}

/* ---- transport, RAB parameters and the other IE types of RANAP-IEs ------------------------- */

/* a 2-octet INTEGER (0..65535) (sequence numbers, TransferDelay): two aligned octets */
static void emit_u16_aligned(struct tk_emitter *e, struct tk_per *r, const char *key)
{
	uint32_t v;

	if (tk_per_cwn(r, 65536, key, &v) == 0)
		tk_emit_kv_long(e, key, (long)v);
}

static void dec_u16(struct tk_emitter *e, const char *key, struct tk_per *r,
		    const struct ie_kind *k)
{
	(void)k;
	emit_u16_aligned(e, r, key);
}

/* the RAB-ID that begins the RAB items: BIT STRING (SIZE (8)), 8 bits not aligned */
static void emit_rab_id(struct tk_emitter *e, struct tk_per *r)
{
	uint32_t v;

	if (tk_per_bits(r, 8, "RAB-ID", &v) == 0)
		tk_emit_kv_long(e, "rabId", (long)v);
}

/*
 * TransportLayerAddress ::= BIT STRING (SIZE (1..160, ...)) (9.2.2.1: the transport
 * layer's address, TS 25.414): 32 bits an IPv4 address, 128 bits an IPv6 address, 160 bits
 * an NSAP (X.213) whose IANA ICP form (AFI 35, ICP 0001 IPv4 / 0000 IPv6, RFC 4548) embeds
 * one; any other length or NSAP is listed as its bits in hex.
 */
static void emit_tla(struct tk_emitter *e, const char *key, struct tk_per *r)
{
	const uint8_t *q;
	char buf[64];
	size_t nb;

	q = tk_per_var_bits(r, 1, 160, 1, "TransportLayerAddress", &nb);
	if (!q)
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	tk_emit_kv_long(e, "bits", (long)nb);
	if (nb == 32 && inet_ntop(AF_INET, q, buf, sizeof(buf))) {
		tk_emit_kv_str(e, "ipv4", buf);
	} else if (nb == 128 && inet_ntop(AF_INET6, q, buf, sizeof(buf))) {
		tk_emit_kv_str(e, "ipv6", buf);
	} else {
		tk_emit_kv_hex(e, nb == 160 ? "nsap" : "octets", q, (nb + 7) / 8);
		if (nb == 160 && q[0] == 0x35 && q[1] == 0 && q[2] == 1 &&
		    inet_ntop(AF_INET, q + 3, buf, sizeof(buf)))
			tk_emit_kv_str(e, "ipv4", buf);
		else if (nb == 160 && q[0] == 0x35 && q[1] == 0 && q[2] == 0 &&
			 inet_ntop(AF_INET6, q + 3, buf, sizeof(buf)))
			tk_emit_kv_str(e, "ipv6", buf);
	}
	tk_emit_close(e, 0);
}

static void dec_tla(struct tk_emitter *e, const char *key, struct tk_per *r,
		    const struct ie_kind *k)
{
	(void)k;
	emit_tla(e, key, r);
}

/*
 * IuTransportAssociation ::= CHOICE { gTP-TEI GTP-TEI, bindingID BindingID, ... }, both
 * OCTET STRING (SIZE (4)): octet-aligned without a length (X.691 17.6)
 */
static void emit_iu_ta(struct tk_emitter *e, const char *key, struct tk_per *r)
{
	uint32_t x, i;
	const uint8_t *q;
	struct tk_per o;

	if (tk_per_bits(r, 1, "IuTransportAssociation", &x))
		return;
	if (x) {
		if (tk_per_nsnn(r, "IuTransportAssociation extension", &i) ||
		    tk_per_open(r, "IuTransportAssociation extension", &o))
			return;
		tk_emit_key(e, key);
		tk_emit_open(e, 0);
		tk_inner_emit_name(e, "choice", NULL, NULL, "extension alternative", (long)i);
		tk_emit_kv_hex(e, "octets", o.p, o.n);
		tk_emit_close(e, 0);
		return;
	}
	if (tk_per_bits(r, 1, "IuTransportAssociation", &i))
		return;
	q = tk_per_octets(r, 4, i ? "bindingID" : "gTP-TEI");
	if (!q)
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	tk_emit_kv_str(e, "choice", i ? "bindingID" : "gTP-TEI");
	tk_emit_kv_hex(e, "octets", q, 4);
	if (!i)
		tk_emit_kv_long(e, "teid", (long)((uint32_t)q[0] << 24 | (uint32_t)q[1] << 16 |
						  (uint32_t)q[2] << 8 | q[3]));
	tk_emit_close(e, 0);
}

static void dec_iu_ta(struct tk_emitter *e, const char *key, struct tk_per *r,
		      const struct ie_kind *k)
{
	(void)k;
	emit_iu_ta(e, key, r);
}

/*
 * TransportLayerInformation ::= SEQUENCE { transportLayerAddress, iuTransportAssociation,
 * iE-Extensions OPTIONAL, ... } (RANAP-PDU-Contents)
 */
static void emit_tli(struct tk_emitter *e, const char *key, struct tk_per *r)
{
	uint32_t x;

	if (tk_per_bits(r, 2, "TransportLayerInformation", &x))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	emit_tla(e, "transportLayerAddress", r);
	emit_iu_ta(e, "iuTransportAssociation", r);
	seq_tail(e, r, x, 1);
	tk_emit_close(e, 0);
}

static void dec_tli(struct tk_emitter *e, const char *key, struct tk_per *r,
		    const struct ie_kind *k)
{
	(void)k;
	emit_tli(e, key, r);
}

/* the names of the enumerations of RAB-Parameters and the RAB items (RANAP-IEs) */
static const struct tk_value_string traffic_class_names[] = {
	{ 0, "conversational" },
	{ 1, "streaming" },
	{ 2, "interactive" },
	{ 3, "background" },
	{ 0, NULL }
};

static const struct tk_value_string asymmetry_names[] = {
	{ 0, "symmetric-bidirectional" },
	{ 1, "asymmetric-unidirectional-downlink" },
	{ 2, "asymmetric-unidirectional-uplink" },
	{ 3, "asymmetric-bidirectional" },
	{ 0, NULL }
};

static const struct tk_value_string delivery_order_names[] = {
	{ 0, "delivery-order-requested" },
	{ 1, "delivery-order-not-requested" },
	{ 0, NULL }
};

static const struct tk_value_string erroneous_sdu_names[] = {
	{ 0, "yes" },
	{ 1, "no" },
	{ 2, "no-error-detection-consideration" },
	{ 0, NULL }
};

static const struct tk_value_string pre_emption_capability_names[] = {
	{ 0, "shall-not-trigger-pre-emption" },
	{ 1, "may-trigger-pre-emption" },
	{ 0, NULL }
};

static const struct tk_value_string pre_emption_vulnerability_names[] = {
	{ 0, "not-pre-emptable" },
	{ 1, "pre-emptable" },
	{ 0, NULL }
};

static const struct tk_value_string queuing_names[] = {
	{ 0, "queueing-not-allowed" },
	{ 1, "queueing-allowed" },
	{ 0, NULL }
};

static const struct tk_value_string source_statistics_names[] = {
	{ 0, "speech" },
	{ 1, "unknown" },
	{ 0, NULL }
};

/* RelocationRequirement: root lossless, none; extension realtime */
static const struct tk_value_string relocation_requirement_names[] = {
	{ 0, "lossless" },
	{ 1, "none" },
	{ 2, "realtime" },
	{ 0, NULL }
};

static const struct tk_value_string user_plane_mode_names[] = {
	{ 0, "transparent-mode" },
	{ 1, "support-mode-for-predefined-SDU-sizes" },
	{ 0, NULL }
};

static const struct tk_value_string data_volume_reporting_names[] = {
	{ 0, "do-report" },
	{ 1, "do-not-report" },
	{ 0, NULL }
};

/* PDP-Type (osp-ihoss "shall not be used") */
static const struct tk_value_string pdp_type_names[] = {
	{ 0, "empty" },
	{ 1, "ppp" },
	{ 2, "osp-ihoss" },
	{ 3, "ipv4" },
	{ 4, "ipv6" },
	{ 0, NULL }
};

static const struct tk_value_string pdp_type_extension_names[] = {
	{ 0, "ipv4-and-ipv6" },
	{ 0, NULL }
};

/*
 * A SEQUENCE (SIZE (1..ub)) OF a whole number lo..lo+range-1 (the bitrate lists; without a
 * key when key is NULL): the count - 1 as a constrained whole number, then each value
 * (X.691 20.6, 10.5.7); with ext, each
 * value is of an extensible INTEGER (SupportedBitrate): an extension bit first, and a value
 * outside the root is reported as not supported.
 */
static void emit_int_list(struct tk_emitter *e, const char *key, struct tk_per *r, uint32_t ub,
			  uint64_t lo, uint64_t range, int ext)
{
	const char *what = key ? key : "bit rates";
	uint32_t cnt, i, x = 0, small;
	uint64_t v;
	int rc;

	if (tk_per_cwn(r, ub, what, &cnt))
		return;
	if (key)
		tk_emit_key(e, key);
	tk_emit_open(e, 1);
	for (i = 0; i <= cnt && !r->bad; i++) {
		if (ext && tk_per_bits(r, 1, what, &x))
			break;
		if (x) {
			r->bit--;
			tk_per_fail(r, "%s: a value outside the root range (not supported)", what);
			break;
		}
		if (range > 65536) {
			rc = tk_per_big(r, range, what, &v);
		} else {
			rc = tk_per_cwn(r, (uint32_t)range, what, &small);
			v = small;
		}
		if (rc)
			break;
		tk_emit_long(e, (long)(lo + v));
	}
	tk_emit_close(e, 1);
}

/* SDU-ErrorRatio / ResidualBitErrorRatio ::= SEQUENCE { mantissa INTEGER (1..9), exponent
 * INTEGER (1..6 / 1..8), iE-Extensions OPTIONAL }: the ratio is mantissa * 10^-exponent */
static void emit_ratio(struct tk_emitter *e, const char *key, struct tk_per *r, uint32_t exps)
{
	uint32_t opt, m, x;

	if (tk_per_bits(r, 1, key, &opt) || tk_per_cwn(r, 9, "mantissa", &m) ||
	    tk_per_cwn(r, exps, "exponent", &x))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	tk_emit_kv_long(e, "mantissa", (long)m + 1);
	tk_emit_kv_long(e, "exponent", (long)x + 1);
	opt_extensions(e, r, opt);
	tk_emit_close(e, 0);
}

/*
 * SDU-Parameters ::= SEQUENCE (SIZE (1..maxRAB-Subflows (7))) OF SEQUENCE { sDU-ErrorRatio
 * OPTIONAL, residualBitErrorRatio, deliveryOfErroneousSDU, sDU-FormatInformationParameters
 * OPTIONAL, iE-Extensions OPTIONAL, ... }, the format information a SEQUENCE (SIZE (1..64))
 * OF SEQUENCE { subflowSDU-Size INTEGER (0..4095) OPTIONAL, rAB-SubflowCombinationBitRate
 * INTEGER (0..16000000) OPTIONAL, iE-Extensions OPTIONAL, ... }
 */
static void emit_sdu_parameters(struct tk_emitter *e, struct tk_per *r)
{
	uint32_t cnt, i, x, n, j, y, v;
	uint64_t b;

	if (tk_per_cwn(r, 7, "sDU-Parameters", &cnt))
		return;
	tk_emit_key(e, "sduParameters");
	tk_emit_open(e, 1);
	for (i = 0; i <= cnt && tk_per_bits(r, 4, "sDU-Parameters", &x) == 0; i++) {
		tk_emit_open(e, 0);
		if (x & 4)
			emit_ratio(e, "sduErrorRatio", r, 6);
		emit_ratio(e, "residualBitErrorRatio", r, 8);
		emit_enum(e, "deliveryOfErroneousSdu", r, erroneous_sdu_names, 3, 0);
		if ((x & 2) && tk_per_cwn(r, 64, "sDU-FormatInformationParameters", &n) == 0) {
			tk_emit_key(e, "sduFormatInformationParameters");
			tk_emit_open(e, 1);
			for (j = 0; j <= n && tk_per_bits(r, 4, "SDU-FormatInformation", &y) == 0;
			     j++) {
				tk_emit_open(e, 0);
				if ((y & 4) && tk_per_cwn(r, 4096, "subflowSDU-Size", &v) == 0)
					tk_emit_kv_long(e, "subflowSduSize", (long)v);
				if ((y & 2) && tk_per_big(r, 16000001,
							  "rAB-SubflowCombinationBitRate", &b) == 0)
					tk_emit_kv_long(e, "rabSubflowCombinationBitRate", (long)b);
				seq_tail(e, r, y, 3);
				tk_emit_close(e, 0);
			}
			tk_emit_close(e, 1);
		}
		seq_tail(e, r, x, 3);
		tk_emit_close(e, 0);
	}
	tk_emit_close(e, 1);
}

/*
 * AllocationOrRetentionPriority ::= SEQUENCE { priorityLevel INTEGER (0..15) (1 highest,
 * 14 lowest, 15 no-priority), pre-emptionCapability, pre-emptionVulnerability, queuingAllowed,
 * iE-Extensions OPTIONAL, ... }
 */
static void emit_arp(struct tk_emitter *e, struct tk_per *r)
{
	uint32_t x, v;

	if (tk_per_bits(r, 2, "AllocationOrRetentionPriority", &x) ||
	    tk_per_cwn(r, 16, "priorityLevel", &v))
		return;
	tk_emit_key(e, "allocationOrRetentionPriority");
	tk_emit_open(e, 0);
	tk_emit_kv_long(e, "priorityLevel", (long)v);
	emit_enum(e, "preEmptionCapability", r, pre_emption_capability_names, 2, 0);
	emit_enum(e, "preEmptionVulnerability", r, pre_emption_vulnerability_names, 2, 0);
	emit_enum(e, "queuingAllowed", r, queuing_names, 2, 0);
	seq_tail(e, r, x, 1);
	tk_emit_close(e, 0);
}

/*
 * RAB-Parameters ::= SEQUENCE { trafficClass, rAB-AsymmetryIndicator, maxBitrate (SIZE
 * (1..2)) OF INTEGER (1..16000000), guaranteedBitRate OF INTEGER (0..16000000) OPTIONAL,
 * deliveryOrder, maxSDU-Size INTEGER (0..32768), sDU-Parameters, transferDelay INTEGER
 * (0..65535) OPTIONAL, trafficHandlingPriority INTEGER (0..15) OPTIONAL,
 * allocationOrRetentionPriority OPTIONAL, sourceStatisticsDescriptor OPTIONAL,
 * relocationRequirement OPTIONAL, iE-Extensions OPTIONAL, ... }: extension bit, 7 preamble
 * bits.  Bit rates in bit/s, sizes in bits, the delay in ms (9.2.1.3).
 */
static void emit_rab_parameters(struct tk_emitter *e, const char *key, struct tk_per *r)
{
	uint32_t x, v;

	if (tk_per_bits(r, 8, "RAB-Parameters", &x))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	emit_enum(e, "trafficClass", r, traffic_class_names, 4, 1);
	emit_enum(e, "rabAsymmetryIndicator", r, asymmetry_names, 4, 1);
	emit_int_list(e, "maxBitrate", r, 2, 1, 16000000, 0);
	if (x & 0x40)
		emit_int_list(e, "guaranteedBitRate", r, 2, 0, 16000001, 0);
	emit_enum(e, "deliveryOrder", r, delivery_order_names, 2, 0);
	if (tk_per_cwn(r, 32769, "maxSDU-Size", &v) == 0)
		tk_emit_kv_long(e, "maxSduSize", (long)v);
	emit_sdu_parameters(e, r);
	if (x & 0x20)
		emit_u16_aligned(e, r, "transferDelay");
	if ((x & 0x10) && tk_per_cwn(r, 16, "trafficHandlingPriority", &v) == 0)
		tk_emit_kv_long(e, "trafficHandlingPriority", (long)v);
	if (x & 0x08)
		emit_arp(e, r);
	if (x & 0x04)
		emit_enum(e, "sourceStatisticsDescriptor", r, source_statistics_names, 2, 1);
	if (x & 0x02)
		emit_enum(e, "relocationRequirement", r, relocation_requirement_names, 2, 1);
	seq_tail(e, r, x, 7);
	tk_emit_close(e, 0);
}

static void dec_rab_parameters(struct tk_emitter *e, const char *key, struct tk_per *r,
			       const struct ie_kind *k)
{
	(void)k;
	emit_rab_parameters(e, key, r);
}

/*
 * Ass-RAB-Parameters ::= SEQUENCE { assMaxBitrateInf (SIZE (1..2)) OF MaxBitrate OPTIONAL,
 * assGuaranteedBitRateInf OF GuaranteedBitrate OPTIONAL, iE-Extensions OPTIONAL, ... }
 */
static void dec_ass_rab_parameters(struct tk_emitter *e, const char *key, struct tk_per *r,
				   const struct ie_kind *k)
{
	uint32_t x;

	(void)k;
	if (tk_per_bits(r, 4, key, &x))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	if (x & 4)
		emit_int_list(e, "assMaxBitrateInf", r, 2, 1, 16000000, 0);
	if (x & 2)
		emit_int_list(e, "assGuaranteedBitRateInf", r, 2, 0, 16000001, 0);
	seq_tail(e, r, x, 3);
	tk_emit_close(e, 0);
}

/*
 * The Release 7/8 bit rate lists: SEQUENCE (SIZE (1..2)) OF ExtendedMaxBitrate /
 * ExtendedGuaranteedBitrate INTEGER (16000001..256000000) (nroot 0), or of SupportedBitrate
 * INTEGER (1..1000000000, ...) (nroot 1)
 */
static void dec_bitrates(struct tk_emitter *e, const char *key, struct tk_per *r,
			 const struct ie_kind *k)
{
	if (k->nroot)
		emit_int_list(e, key, r, 2, 1, 1000000000, 1);
	else
		emit_int_list(e, key, r, 2, 16000001, 240000000, 0);
}

/*
 * UserPlaneInformation ::= SEQUENCE { userPlaneMode, uP-ModeVersions BIT STRING (SIZE (16)),
 * iE-Extensions OPTIONAL, ... }: the 16 version bits are not aligned (X.691 16.9); bit 1 (the
 * last) stands for version 1 of the Iu UP protocol (TS 25.415)
 */
static void emit_user_plane(struct tk_emitter *e, struct tk_per *r)
{
	uint32_t x, v;

	if (tk_per_bits(r, 2, "UserPlaneInformation", &x))
		return;
	tk_emit_key(e, "userPlaneInformation");
	tk_emit_open(e, 0);
	emit_enum(e, "userPlaneMode", r, user_plane_mode_names, 2, 1);
	if (tk_per_bits(r, 16, "uP-ModeVersions", &v) == 0)
		tk_emit_kv_long(e, "upModeVersions", (long)v);
	seq_tail(e, r, x, 1);
	tk_emit_close(e, 0);
}

/* PDP-TypeInformation ::= SEQUENCE (SIZE (1..2)) OF PDP-Type (extensible, 5 root values) */
static void emit_pdp_types(struct tk_emitter *e, const char *key, struct tk_per *r,
			   const struct tk_value_string *vs, uint32_t nroot)
{
	uint32_t cnt, i;

	if (tk_per_cwn(r, 2, key, &cnt))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 1);
	for (i = 0; i <= cnt && !r->bad; i++) {
		uint32_t x, v;

		if (tk_per_bits(r, 1, key, &x))
			break;
		if (x ? tk_per_nsnn(r, key, &v) : tk_per_cwn(r, nroot, key, &v))
			break;
		if (x && !tk_vs_name(vs, (long)(nroot + v))) {
			char buf[48];

			snprintf(buf, sizeof(buf), "extension value (%u)", v);
			tk_emit_str(e, buf);
		} else {
			tk_emit_str(e, tk_vs_name(vs, (long)(x ? nroot + v : v)) ?
				    tk_vs_name(vs, (long)(x ? nroot + v : v)) : "unknown");
		}
	}
	tk_emit_close(e, 1);
}

static void dec_pdp_types(struct tk_emitter *e, const char *key, struct tk_per *r,
			  const struct ie_kind *k)
{
	emit_pdp_types(e, key, r, k->vs, k->nroot);
}

/*
 * DataVolumeList ::= SEQUENCE (SIZE (1..2)) OF SEQUENCE { dl-UnsuccessfullyTransmittedDataVolume
 * INTEGER (0..4294967295), dataVolumeReference INTEGER (0..255) OPTIONAL, iE-Extensions
 * OPTIONAL, ... } (octets, TS 25.413 9.2.3.12)
 */
static void emit_data_volumes(struct tk_emitter *e, const char *key, struct tk_per *r)
{
	uint32_t cnt, i, x, v;
	uint64_t b;

	if (tk_per_cwn(r, 2, key, &cnt))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 1);
	for (i = 0; i <= cnt && tk_per_bits(r, 3, key, &x) == 0; i++) {
		tk_emit_open(e, 0);
		if (tk_per_big(r, 4294967296ull, "dl-UnsuccessfullyTransmittedDataVolume", &b) == 0)
			tk_emit_kv_long(e, "dlUnsuccessfullyTransmittedDataVolume", (long)b);
		if ((x & 2) && tk_per_cwn(r, 256, "dataVolumeReference", &v) == 0)
			tk_emit_kv_long(e, "dataVolumeReference", (long)v);
		seq_tail(e, r, x, 2);
		tk_emit_close(e, 0);
	}
	tk_emit_close(e, 1);
}

/* TriggeringMessage (RANAP-CommonDataTypes) */
static const struct tk_value_string triggering_message_names[] = {
	{ 0, "initiating-message" },
	{ 1, "successful-outcome" },
	{ 2, "unsuccessfull-outcome" },
	{ 3, "outcome" },
	{ 0, NULL }
};

/*
 * CriticalityDiagnostics ::= SEQUENCE { procedureCode INTEGER (0..255) OPTIONAL,
 * triggeringMessage OPTIONAL, procedureCriticality OPTIONAL, iEsCriticalityDiagnostics
 * OPTIONAL, iE-Extensions OPTIONAL, ... }, the list a SEQUENCE (SIZE (1..maxNrOfErrors
 * (256))) OF SEQUENCE { iECriticality, iE-ID INTEGER (0..65535), repetitionNumber INTEGER
 * (0..255) OPTIONAL, iE-Extensions OPTIONAL (MessageStructure, TypeOfError), ... }
 */
static void dec_crit_diag(struct tk_emitter *e, const char *key, struct tk_per *r,
			  const struct ie_kind *k)
{
	uint32_t x, v, cnt, i, y;

	(void)k;
	if (tk_per_bits(r, 6, key, &x))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	if ((x & 0x10) && tk_per_cwn(r, 256, "procedureCode", &v) == 0) {
		tk_emit_kv_long(e, "procedureCode", (long)v);
		tk_inner_emit_name(e, "procedure", procedure_names, NULL, "unknown", (long)v);
	}
	if (x & 0x08)
		emit_enum(e, "triggeringMessage", r, triggering_message_names, 4, 0);
	if (x & 0x04)
		emit_enum(e, "procedureCriticality", r, tk_per_criticality_names, 3, 0);
	if ((x & 0x02) && tk_per_cwn(r, 256, "iEsCriticalityDiagnostics", &cnt) == 0) {
		tk_emit_key(e, "iesCriticalityDiagnostics");
		tk_emit_open(e, 1);
		for (i = 0; i <= cnt &&
			    tk_per_bits(r, 3, "CriticalityDiagnostics-IE-List", &y) == 0;
		     i++) {
			tk_emit_open(e, 0);
			emit_enum(e, "ieCriticality", r, tk_per_criticality_names, 3, 0);
			if (tk_per_cwn(r, 65536, "iE-ID", &v) == 0) {
				tk_emit_kv_long(e, "ieId", (long)v);
				tk_inner_emit_name(e, "ieName", ie_names, NULL, "unknown", (long)v);
			}
			if ((y & 2) && tk_per_cwn(r, 256, "repetitionNumber", &v) == 0)
				tk_emit_kv_long(e, "repetitionNumber", (long)v);
			seq_tail(e, r, y, 2);
			tk_emit_close(e, 0);
		}
		tk_emit_close(e, 1);
	}
	seq_tail(e, r, x, 5);
	tk_emit_close(e, 0);
}

/*
 * MessageStructure ::= SEQUENCE (SIZE (1..maxNrOfLevels (256))) OF SEQUENCE { iE-ID,
 * repetitionNumber INTEGER (1..256) OPTIONAL, iE-Extensions OPTIONAL, ... }
 */
static void dec_message_structure(struct tk_emitter *e, const char *key, struct tk_per *r,
				  const struct ie_kind *k)
{
	uint32_t cnt, i, y, v;

	(void)k;
	if (tk_per_cwn(r, 256, key, &cnt))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 1);
	for (i = 0; i <= cnt && tk_per_bits(r, 3, key, &y) == 0; i++) {
		tk_emit_open(e, 0);
		if (tk_per_cwn(r, 65536, "iE-ID", &v) == 0) {
			tk_emit_kv_long(e, "ieId", (long)v);
			tk_inner_emit_name(e, "ieName", ie_names, NULL, "unknown", (long)v);
		}
		if ((y & 2) && tk_per_cwn(r, 256, "repetitionNumber", &v) == 0)
			tk_emit_kv_long(e, "repetitionNumber", (long)v + 1);
		seq_tail(e, r, y, 2);
		tk_emit_close(e, 0);
	}
	tk_emit_close(e, 1);
}

/* ExtendedRNC-ID ::= INTEGER (4096..65535): 61440 values, two aligned octets */
static void dec_extended_rnc_id(struct tk_emitter *e, const char *key, struct tk_per *r,
				const struct ie_kind *k)
{
	uint32_t v;

	(void)k;
	if (tk_per_cwn(r, 61440, key, &v) == 0)
		tk_emit_kv_long(e, key, 4096 + (long)v);
}

/* GlobalCN-ID ::= SEQUENCE { pLMNidentity, cN-ID INTEGER (0..4095) } (not extensible) */
static void dec_global_cn_id(struct tk_emitter *e, const char *key, struct tk_per *r,
			     const struct ie_kind *k)
{
	uint32_t v;

	(void)k;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	emit_plmn(e, r);
	if (tk_per_cwn(r, 4096, "cN-ID", &v) == 0)
		tk_emit_kv_long(e, "cnId", (long)v);
	tk_emit_close(e, 0);
}

/* TemporaryUE-ID ::= CHOICE { tMSI OCTET STRING (SIZE (4)), p-TMSI OCTET STRING (SIZE (4)),
 * ... } */
static void dec_temporary_ue_id(struct tk_emitter *e, const char *key, struct tk_per *r,
				const struct ie_kind *k)
{
	uint32_t x, i;
	const uint8_t *q;
	struct tk_per o;

	(void)k;
	if (tk_per_bits(r, 1, key, &x))
		return;
	if (x) {
		if (tk_per_nsnn(r, "TemporaryUE-ID extension", &i) ||
		    tk_per_open(r, "TemporaryUE-ID extension", &o))
			return;
		tk_emit_key(e, key);
		tk_emit_open(e, 0);
		tk_inner_emit_name(e, "choice", NULL, NULL, "extension alternative", (long)i);
		tk_emit_kv_hex(e, "octets", o.p, o.n);
		tk_emit_close(e, 0);
		return;
	}
	if (tk_per_bits(r, 1, key, &i))
		return;
	q = tk_per_octets(r, 4, i ? "p-TMSI" : "tMSI");
	if (!q)
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	tk_emit_kv_str(e, "choice", i ? "p-TMSI" : "tMSI");
	tk_emit_kv_hex(e, i ? "pTmsi" : "tmsi", q, 4);
	tk_emit_close(e, 0);
}

/*
 * PagingAreaID ::= CHOICE { lAI LAI, rAI RAI, ... } with RAI ::= SEQUENCE { lAI, rAC,
 * iE-Extensions OPTIONAL, ... }
 */
static void dec_paging_area_id(struct tk_emitter *e, const char *key, struct tk_per *r,
			       const struct ie_kind *k)
{
	uint32_t x, i, y, rac;
	struct tk_per o;

	(void)k;
	if (tk_per_bits(r, 1, key, &x))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	if (x) {
		if (tk_per_nsnn(r, "PagingAreaID extension", &i) == 0 &&
		    tk_per_open(r, "PagingAreaID extension", &o) == 0) {
			tk_inner_emit_name(e, "choice", NULL, NULL, "extension alternative",
					   (long)i);
			tk_emit_kv_hex(e, "octets", o.p, o.n);
		}
	} else if (tk_per_bits(r, 1, key, &i) == 0) {
		tk_emit_kv_str(e, "choice", i ? "rAI" : "lAI");
		if (!i) {
			lai_fields(e, r);
		} else if (tk_per_bits(r, 2, "RAI", &y) == 0) {
			lai_fields(e, r);
			if (tk_per_bits(r, 8, "rAC", &rac) == 0)
				tk_emit_kv_long(e, "rac", (long)rac);
			seq_tail(e, r, y, 1);
		}
	}
	tk_emit_close(e, 0);
}

/* DRX-CycleLengthCoefficient ::= INTEGER (6..9): 2 bits */
static void dec_drx(struct tk_emitter *e, const char *key, struct tk_per *r,
		    const struct ie_kind *k)
{
	uint32_t v;

	(void)k;
	if (tk_per_cwn(r, 4, key, &v) == 0)
		tk_emit_kv_long(e, key, 6 + (long)v);
}

/* a variable-size BIT STRING as { "bits": N, "octets": the bits, padded with 0 to octets } */
static void emit_bits(struct tk_emitter *e, const char *key, struct tk_per *r, uint32_t ub)
{
	const uint8_t *q;
	size_t nb;

	q = tk_per_var_bits(r, 1, ub, 0, key, &nb);
	if (!q)
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	tk_emit_kv_long(e, "bits", (long)nb);
	tk_emit_kv_hex(e, "octets", q, (nb + 7) / 8);
	tk_emit_close(e, 0);
}

/* UESBI-Iu ::= SEQUENCE { uESBI-IuA BIT STRING (SIZE (1..128)) OPTIONAL, uESBI-IuB
 * OPTIONAL, iE-Extensions OPTIONAL, ... } (TR 25.994, TR 25.995) */
static void dec_uesbi_iu(struct tk_emitter *e, const char *key, struct tk_per *r,
			 const struct ie_kind *k)
{
	uint32_t x;

	(void)k;
	if (tk_per_bits(r, 4, key, &x))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	if (x & 4)
		emit_bits(e, "uesbiIuA", r, 128);
	if (x & 2)
		emit_bits(e, "uesbiIuB", r, 128);
	seq_tail(e, r, x, 3);
	tk_emit_close(e, 0);
}

/* CSG-Id ::= BIT STRING (SIZE (27)): fixed, longer than 16 bits, so aligned (X.691 16.10) */
static void dec_csg_id(struct tk_emitter *e, const char *key, struct tk_per *r,
		       const struct ie_kind *k)
{
	uint32_t v;

	(void)k;
	tk_per_align(r);
	if (tk_per_bits(r, 27, key, &v) == 0)
		tk_emit_kv_long(e, key, (long)v);
}

/* an OCTET STRING (SIZE (nroot)) of 3 octets or more: aligned, no length (X.691 17.6) */
static void dec_fixed_octets(struct tk_emitter *e, const char *key, struct tk_per *r,
			     const struct ie_kind *k)
{
	const uint8_t *q = tk_per_octets(r, k->nroot, key);

	if (q)
		tk_emit_kv_hex(e, key, q, k->nroot);
}

/*
 * ENB-ID ::= CHOICE { macroENB-ID BIT STRING (SIZE (20)), homeENB-ID (28), ...,
 * short-macroENB-ID (18), long-macroENB-ID (21) } (RANAP-IEs; TS 36.413 9.2.1.37 the same):
 * "enbIdChoice" and "enbId" into the object open.  The fixed bit strings are longer than 16
 * bits, so aligned (X.691 16.10); the two extension alternatives are in an open type.
 */
static void emit_enb_id(struct tk_emitter *e, struct tk_per *r)
{
	static const char *const enb_names[4] = {
		"macroENB-ID", "homeENB-ID", "short-macroENB-ID", "long-macroENB-ID"
	};
	static const unsigned enb_bits[4] = { 20, 28, 18, 21 };
	uint32_t cx, i, v;
	struct tk_per o, *b = NULL;

	if (tk_per_bits(r, 1, "eNB-ID", &cx) == 0 && !cx) {
		if (tk_per_bits(r, 1, "eNB-ID", &i) == 0)
			b = r;		/* a root alternative, here */
	} else if (cx && tk_per_nsnn(r, "eNB-ID extension", &i) == 0 &&
		   tk_per_open(r, "eNB-ID extension", &o) == 0) {
		if (i < 2) {
			b = &o;		/* a known extension, in its open type */
			i += 2;
		} else {
			tk_inner_emit_name(e, "enbIdChoice", NULL, NULL, "extension alternative",
					   (long)i);
			tk_emit_kv_hex(e, "octets", o.p, o.n);
		}
	}
	if (b) {
		tk_per_align(b);
		if (tk_per_bits(b, enb_bits[i], enb_names[i], &v) == 0) {
			tk_emit_kv_str(e, "enbIdChoice", enb_names[i]);
			tk_emit_kv_long(e, "enbId", (long)v);
		}
		if (b != r)
			tk_per_end(b, enb_names[i]);
	}
}

/*
 * TargetENB-ID ::= SEQUENCE { pLMNidentity, eNB-ID, iE-Extensions OPTIONAL, selectedTAI
 * TAI, ... } with TAI ::= SEQUENCE { pLMNidentity, tAC OCTET STRING (SIZE (2)),
 * iE-Extensions OPTIONAL }.
 */
static void emit_target_enb_id(struct tk_emitter *e, struct tk_per *r)
{
	uint32_t x, t;

	if (tk_per_bits(r, 2, "TargetENB-ID", &x))
		return;
	tk_emit_key(e, "targetEnbId");
	tk_emit_open(e, 0);
	emit_plmn(e, r);
	emit_enb_id(e, r);
	opt_extensions(e, r, x & 1);
	if (tk_per_bits(r, 1, "TAI", &t) == 0) {
		tk_emit_key(e, "selectedTai");
		tk_emit_open(e, 0);
		emit_plmn(e, r);
		emit_u16(e, r, "tac");
		opt_extensions(e, r, t);
		tk_emit_close(e, 0);
	}
	if ((x & 2) && !r->bad)
		tk_per_additions(e, r);
	tk_emit_close(e, 0);
}

/* enumerations of IEs of their own (RANAP-IEs) */
static const struct tk_value_string non_searching_names[] = {
	{ 0, "non-searching" },
	{ 1, "searching" },
	{ 0, NULL }
};

/* PagingCause: 5 root values, then terminating-high-priority-signalling */
static const struct tk_value_string paging_cause_names[] = {
	{ 0, "terminating-conversational-call" },
	{ 1, "terminating-streaming-call" },
	{ 2, "terminating-interactive-call" },
	{ 3, "terminating-background-call" },
	{ 4, "terminating-low-priority-signalling" },
	{ 5, "terminating-high-priority-signalling" },
	{ 0, NULL }
};

static const struct tk_value_string redirection_completed_names[] = {
	{ 0, "redirection-completed" },
	{ 0, NULL }
};

static const struct tk_value_string type_of_error_names[] = {
	{ 0, "not-understood" },
	{ 1, "missing" },
	{ 0, NULL }
};

static const struct tk_value_string signalling_indication_names[] = {
	{ 0, "signalling" },
	{ 0, NULL }
};

static const struct tk_value_string eutran_service_handover_names[] = {
	{ 0, "handover-to-E-UTRAN-shall-not-be-performed" },
	{ 0, NULL }
};

/* the enumerations of the extensions of the source RNC container (RANAP-IEs) */
static const struct tk_value_string mbms_linking_names[] = {
	{ 0, "uE-has-joined-multicast-services" },
	{ 0, NULL }
};

static const struct tk_value_string csfb_information_names[] = {
	{ 0, "csfb" },
	{ 1, "csfb-high-priority" },
	{ 0, NULL }
};

static const struct tk_value_string mdt_allowed_names[] = {
	{ 0, "allowed" },
	{ 0, NULL }
};

/* Service-Handover ::= ENUMERATED { 3 root values, ... } (RANAP-IEs) */
static const struct tk_value_string service_handover_names[] = {
	{ 0, "handover-to-GSM-should-be-performed" },
	{ 1, "handover-to-GSM-should-not-be-performed" },
	{ 2, "handover-to-GSM-shall-not-be-performed" },
	{ 0, NULL }
};

/*
 * The RAB items (TS 25.413 9.3.4, RANAP-PDU-Contents), each an extensible SEQUENCE: the
 * extension bit and one preamble bit per OPTIONAL component (iE-Extensions the last) come
 * first, then the components in order, beginning with the 8 bits of RAB-ID.  Each item
 * decoder emits the fields flat into the list entry.
 */

/* the items of a RAB-ID, iE-Extensions OPTIONAL: RAB-RelocationReleaseItem,
 * RAB-DataForwardingItem-SRNS-CtxReq, RAB-DataVolumeReportRequestItem, RAB-QueuedItem */
static void item_rab_id(struct tk_emitter *e, struct tk_per *r)
{
	uint32_t x;

	if (tk_per_bits(r, 2, "RAB item", &x))
		return;
	emit_rab_id(e, r);
	seq_tail(e, r, x, 1);
}

/* RAB-ID, cause, iE-Extensions OPTIONAL: RAB-FailedItem, RAB-ReleaseItem,
 * RABs-failed-to-reportItem, RABs-ContextFailedtoTransferItem,
 * RAB-ToBeReleasedItem-EnhancedRelocCompleteRes */
static void item_rab_cause(struct tk_emitter *e, struct tk_per *r)
{
	uint32_t x;

	if (tk_per_bits(r, 2, "RAB item", &x))
		return;
	emit_rab_id(e, r);
	emit_cause(e, "cause", r);
	seq_tail(e, r, x, 1);
}

/* RAB-ContextItem (-RANAP-RelocInf): rAB-ID, dl/ul-GTP-PDU-SequenceNumber, dl/ul-N-PDU-
 * SequenceNumber INTEGER (0..65535), all OPTIONAL, iE-Extensions OPTIONAL */
static void item_rab_context(struct tk_emitter *e, struct tk_per *r)
{
	uint32_t x;

	if (tk_per_bits(r, 6, "RAB item", &x))
		return;
	emit_rab_id(e, r);
	if (x & 0x10)
		emit_u16_aligned(e, r, "dlGtpPduSequenceNumber");
	if (x & 0x08)
		emit_u16_aligned(e, r, "ulGtpPduSequenceNumber");
	if (x & 0x04)
		emit_u16_aligned(e, r, "dlNPduSequenceNumber");
	if (x & 0x02)
		emit_u16_aligned(e, r, "ulNPduSequenceNumber");
	seq_tail(e, r, x, 5);
}

/* RAB-DataForwardingItem: rAB-ID, transportLayerAddress, iuTransportAssociation,
 * iE-Extensions OPTIONAL */
static void item_data_forwarding(struct tk_emitter *e, struct tk_per *r)
{
	uint32_t x;

	if (tk_per_bits(r, 2, "RAB item", &x))
		return;
	emit_rab_id(e, r);
	emit_tla(e, "transportLayerAddress", r);
	emit_iu_ta(e, "iuTransportAssociation", r);
	seq_tail(e, r, x, 1);
}

/* RAB-DataVolumeReportItem: rAB-ID, dl-UnsuccessfullyTransmittedDataVolume DataVolumeList
 * OPTIONAL, iE-Extensions OPTIONAL */
static void item_data_volume_report(struct tk_emitter *e, struct tk_per *r)
{
	uint32_t x;

	if (tk_per_bits(r, 3, "RAB item", &x))
		return;
	emit_rab_id(e, r);
	if (x & 2)
		emit_data_volumes(e, "dlUnsuccessfullyTransmittedDataVolume", r);
	seq_tail(e, r, x, 2);
}

/* RAB-ReleasedItem: rAB-ID, dl-dataVolumes OPTIONAL, dL-/uL-GTP-PDU-SequenceNumber
 * OPTIONAL, iE-Extensions OPTIONAL */
static void item_released(struct tk_emitter *e, struct tk_per *r)
{
	uint32_t x;

	if (tk_per_bits(r, 5, "RAB item", &x))
		return;
	emit_rab_id(e, r);
	if (x & 8)
		emit_data_volumes(e, "dlDataVolumes", r);
	if (x & 4)
		emit_u16_aligned(e, r, "dlGtpPduSequenceNumber");
	if (x & 2)
		emit_u16_aligned(e, r, "ulGtpPduSequenceNumber");
	seq_tail(e, r, x, 4);
}

/* RAB-ReleasedItem-IuRelComp: rAB-ID, dL-/uL-GTP-PDU-SequenceNumber OPTIONAL,
 * iE-Extensions OPTIONAL */
static void item_released_iu_rel_comp(struct tk_emitter *e, struct tk_per *r)
{
	uint32_t x;

	if (tk_per_bits(r, 4, "RAB item", &x))
		return;
	emit_rab_id(e, r);
	if (x & 4)
		emit_u16_aligned(e, r, "dlGtpPduSequenceNumber");
	if (x & 2)
		emit_u16_aligned(e, r, "ulGtpPduSequenceNumber");
	seq_tail(e, r, x, 3);
}

/* NAS-SynchronisationIndicator ::= BIT STRING (SIZE (4)): 4 bits, not aligned */
static void emit_nas_sync(struct tk_emitter *e, struct tk_per *r)
{
	uint32_t v;

	if (tk_per_bits(r, 4, "nAS-SynchronisationIndicator", &v) == 0)
		tk_emit_kv_long(e, "nasSynchronisationIndicator", (long)v);
}

/*
 * RAB-SetupItem-RelocReq: rAB-ID, nAS-SynchronisationIndicator OPTIONAL, rAB-Parameters,
 * dataVolumeReportingIndication OPTIONAL, pDP-TypeInformation OPTIONAL, userPlaneInformation,
 * transportLayerAddress, iuTransportAssociation, service-Handover OPTIONAL, iE-Extensions
 * OPTIONAL
 */
static void item_setup_reloc_req(struct tk_emitter *e, struct tk_per *r)
{
	uint32_t x;

	if (tk_per_bits(r, 6, "RAB item", &x))
		return;
	emit_rab_id(e, r);
	if (x & 0x10)
		emit_nas_sync(e, r);
	emit_rab_parameters(e, "rabParameters", r);
	if (x & 0x08)
		emit_enum(e, "dataVolumeReportingIndication", r, data_volume_reporting_names, 2, 0);
	if (x & 0x04)
		emit_pdp_types(e, "pdpTypeInformation", r, pdp_type_names, 5);
	emit_user_plane(e, r);
	emit_tla(e, "transportLayerAddress", r);
	emit_iu_ta(e, "iuTransportAssociation", r);
	if (x & 0x02)
		emit_enum(e, "serviceHandover", r, service_handover_names, 3, 1);
	seq_tail(e, r, x, 5);
}

/* RAB-SetupItem-RelocReqAck: rAB-ID, transportLayerAddress OPTIONAL, iuTransportAssociation
 * OPTIONAL, iE-Extensions OPTIONAL */
static void item_setup_reloc_req_ack(struct tk_emitter *e, struct tk_per *r)
{
	uint32_t x;

	if (tk_per_bits(r, 4, "RAB item", &x))
		return;
	emit_rab_id(e, r);
	if (x & 4)
		emit_tla(e, "transportLayerAddress", r);
	if (x & 2)
		emit_iu_ta(e, "iuTransportAssociation", r);
	seq_tail(e, r, x, 3);
}

/* RAB-SetupOrModifiedItem: rAB-ID, transportLayerAddress OPTIONAL, iuTransportAssociation
 * OPTIONAL, dl-dataVolumes OPTIONAL, iE-Extensions OPTIONAL */
static void item_setup_or_modified(struct tk_emitter *e, struct tk_per *r)
{
	uint32_t x;

	if (tk_per_bits(r, 5, "RAB item", &x))
		return;
	emit_rab_id(e, r);
	if (x & 8)
		emit_tla(e, "transportLayerAddress", r);
	if (x & 4)
		emit_iu_ta(e, "iuTransportAssociation", r);
	if (x & 2)
		emit_data_volumes(e, "dlDataVolumes", r);
	seq_tail(e, r, x, 4);
}

/*
 * RAB-SetupOrModifyItemFirst: rAB-ID, nAS-SynchronisationIndicator, rAB-Parameters,
 * userPlaneInformation, transportLayerInformation, service-Handover, iE-Extensions, all but
 * the RAB-ID OPTIONAL
 */
static void item_setup_or_modify_first(struct tk_emitter *e, struct tk_per *r)
{
	uint32_t x;

	if (tk_per_bits(r, 7, "RAB-SetupOrModifyItemFirst", &x))
		return;
	emit_rab_id(e, r);
	if (x & 0x20)
		emit_nas_sync(e, r);
	if (x & 0x10)
		emit_rab_parameters(e, "rabParameters", r);
	if (x & 0x08)
		emit_user_plane(e, r);
	if (x & 0x04)
		emit_tli(e, "transportLayerInformation", r);
	if (x & 0x02)
		emit_enum(e, "serviceHandover", r, service_handover_names, 3, 1);
	seq_tail(e, r, x, 6);
}

/*
 * RAB-SetupOrModifyItemSecond: pDP-TypeInformation, dataVolumeReportingIndication,
 * dl-/ul-GTP-PDU-SequenceNumber, dl-/ul-N-PDU-SequenceNumber, iE-Extensions, all OPTIONAL
 */
static void item_setup_or_modify_second(struct tk_emitter *e, struct tk_per *r)
{
	uint32_t x;

	if (tk_per_bits(r, 8, "RAB-SetupOrModifyItemSecond", &x))
		return;
	if (x & 0x40)
		emit_pdp_types(e, "pdpTypeInformation", r, pdp_type_names, 5);
	if (x & 0x20)
		emit_enum(e, "dataVolumeReportingIndication", r, data_volume_reporting_names, 2, 0);
	if (x & 0x10)
		emit_u16_aligned(e, r, "dlGtpPduSequenceNumber");
	if (x & 0x08)
		emit_u16_aligned(e, r, "ulGtpPduSequenceNumber");
	if (x & 0x04)
		emit_u16_aligned(e, r, "dlNPduSequenceNumber");
	if (x & 0x02)
		emit_u16_aligned(e, r, "ulNPduSequenceNumber");
	seq_tail(e, r, x, 7);
}

/* RAB-ModifyItem: rAB-ID, requested-RAB-Parameter-Values SEQUENCE { requestedMaxBitrates
 * (SIZE (1..2)) OF MaxBitrate OPTIONAL, requestedGuaranteedBitrates OF GuaranteedBitrate
 * OPTIONAL, iE-Extensions OPTIONAL, ... }, iE-Extensions OPTIONAL */
static void item_rab_modify(struct tk_emitter *e, struct tk_per *r)
{
	uint32_t x, y;

	if (tk_per_bits(r, 2, "RAB item", &x))
		return;
	emit_rab_id(e, r);
	if (tk_per_bits(r, 4, "Requested-RAB-Parameter-Values", &y) == 0) {
		tk_emit_key(e, "requestedRabParameterValues");
		tk_emit_open(e, 0);
		if (y & 4)
			emit_int_list(e, "requestedMaxBitrates", r, 2, 1, 16000000, 0);
		if (y & 2)
			emit_int_list(e, "requestedGuaranteedBitrates", r, 2, 0, 16000001, 0);
		seq_tail(e, r, y, 3);
		tk_emit_close(e, 0);
	}
	seq_tail(e, r, x, 1);
}

static void dec_rab_list(struct tk_emitter *e, const char *key, struct tk_per *r,
			 const struct ie_kind *k);
static void dec_alt_rab_parameters(struct tk_emitter *e, const char *key, struct tk_per *r,
				   const struct ie_kind *k);

/* ResetResourceItem / ResetResourceAckItem (IuSigConIdItem): iuSigConId, iE-Extensions
 * OPTIONAL (IuSigConIdRangeEnd) */
static void item_iu_sig_con_id(struct tk_emitter *e, struct tk_per *r)
{
	uint32_t x;

	if (tk_per_bits(r, 2, "IuSigConIdItem", &x))
		return;
	dec_iu_sig_con_id(e, "iuSigConId", r, NULL);
	seq_tail(e, r, x, 1);
}

/* DirectTransferInformationItem-RANAP-RelocInf: nAS-PDU, sAPI, cN-DomainIndicator,
 * iE-Extensions OPTIONAL (the NAS messages the source RNC had not yet delivered) */
static void item_direct_transfer(struct tk_emitter *e, struct tk_per *r)
{
	static const struct ie_kind nas = { 16, "nasPdu", dec_nas_pdu, NULL, 0, 0 };
	uint32_t x;

	if (tk_per_bits(r, 2, "DirectTransferInformationItem", &x))
		return;
	dec_nas_pdu(e, nas.key, r, &nas);
	emit_enum(e, "sapi", r, sapi_names, 2, 1);
	emit_enum(e, "cnDomainIndicator", r, cn_domain_names, 2, 0);
	seq_tail(e, r, x, 1);
}

/* RAB-SetupItem-EnhancedRelocCompleteReq: rAB-ID, transportLayerAddressReq1 OPTIONAL,
 * iuTransportAssociationReq1 OPTIONAL, ass-RAB-Parameters OPTIONAL, iE-Extensions OPTIONAL */
static void item_enh_reloc_complete_req(struct tk_emitter *e, struct tk_per *r)
{
	uint32_t x;

	if (tk_per_bits(r, 5, "RAB item", &x))
		return;
	emit_rab_id(e, r);
	if (x & 8)
		emit_tla(e, "transportLayerAddressReq1", r);
	if (x & 4)
		emit_iu_ta(e, "iuTransportAssociationReq1", r);
	if (x & 2)
		dec_ass_rab_parameters(e, "assRabParameters", r, NULL);
	seq_tail(e, r, x, 4);
}

/*
 * RAB-SetupItem-EnhancedRelocCompleteRes: rAB-ID, rAB-Parameters OPTIONAL, userPlaneInformation,
 * transportLayerAddressRes1 OPTIONAL, iuTransportAssociationRes1 OPTIONAL, rab2beReleasedList
 * (RAB-ToBeReleasedList-EnhancedRelocCompleteRes, a RAB-IE-ContainerList) OPTIONAL,
 * iE-Extensions OPTIONAL (Offload-RAB-Parameters)
 */
static void item_enh_reloc_complete_res(struct tk_emitter *e, struct tk_per *r)
{
	uint32_t x;

	if (tk_per_bits(r, 6, "RAB item", &x))
		return;
	emit_rab_id(e, r);
	if (x & 0x10)
		emit_rab_parameters(e, "rabParameters", r);
	emit_user_plane(e, r);
	if (x & 0x08)
		emit_tla(e, "transportLayerAddressRes1", r);
	if (x & 0x04)
		emit_iu_ta(e, "iuTransportAssociationRes1", r);
	if (x & 0x02)
		dec_rab_list(e, "rab2beReleasedList", r, NULL);
	seq_tail(e, r, x, 5);
}

/* TNLInformationEnhRelInfoReq ::= SEQUENCE { transportLayerAddress, iuTransportAssociation,
 * iE-Extensions OPTIONAL, ... }; TNLInformationEnhRelInfoRes (res) ::= SEQUENCE {
 * dl-forwardingTransportLayerAddress, dl-forwardingTransportAssociation, iE-Extensions
 * OPTIONAL, ... } */
static void emit_tnl_enh(struct tk_emitter *e, const char *key, struct tk_per *r, int res)
{
	uint32_t x;

	if (tk_per_bits(r, 2, key, &x))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	emit_tla(e, res ? "dlForwardingTransportLayerAddress" : "transportLayerAddress", r);
	emit_iu_ta(e, res ? "dlForwardingTransportAssociation" : "iuTransportAssociation", r);
	seq_tail(e, r, x, 1);
	tk_emit_close(e, 0);
}

/*
 * RAB-SetupItem-EnhRelocInfoReq: rAB-ID, cN-DomainIndicator, rAB-Parameters,
 * dataVolumeReportingIndication OPTIONAL, pDP-TypeInformation OPTIONAL, userPlaneInformation,
 * dataForwardingInformation OPTIONAL, sourceSideIuULTNLInfo OPTIONAL, service-Handover
 * OPTIONAL, alt-RAB-Parameters OPTIONAL, iE-Extensions OPTIONAL
 */
static void item_enh_reloc_info_req(struct tk_emitter *e, struct tk_per *r)
{
	uint32_t x;

	if (tk_per_bits(r, 8, "RAB item", &x))
		return;
	emit_rab_id(e, r);
	emit_enum(e, "cnDomainIndicator", r, cn_domain_names, 2, 0);
	emit_rab_parameters(e, "rabParameters", r);
	if (x & 0x40)
		emit_enum(e, "dataVolumeReportingIndication", r, data_volume_reporting_names, 2, 0);
	if (x & 0x20)
		emit_pdp_types(e, "pdpTypeInformation", r, pdp_type_names, 5);
	emit_user_plane(e, r);
	if (x & 0x10)
		emit_tnl_enh(e, "dataForwardingInformation", r, 0);
	if (x & 0x08)
		emit_tnl_enh(e, "sourceSideIuUlTnlInfo", r, 0);
	if (x & 0x04)
		emit_enum(e, "serviceHandover", r, service_handover_names, 3, 1);
	if (x & 0x02)
		dec_alt_rab_parameters(e, "altRabParameters", r, NULL);
	seq_tail(e, r, x, 7);
}

/* RAB-SetupItem-EnhRelocInfoRes: cN-DomainIndicator, rAB-ID, dataForwardingInformation
 * OPTIONAL, ass-RAB-Parameters OPTIONAL, iE-Extensions OPTIONAL */
static void item_enh_reloc_info_res(struct tk_emitter *e, struct tk_per *r)
{
	uint32_t x;

	if (tk_per_bits(r, 4, "RAB item", &x))
		return;
	emit_enum(e, "cnDomainIndicator", r, cn_domain_names, 2, 0);
	emit_rab_id(e, r);
	if (x & 4)
		emit_tnl_enh(e, "dataForwardingInformation", r, 1);
	if (x & 2)
		dec_ass_rab_parameters(e, "assRabParameters", r, NULL);
	seq_tail(e, r, x, 3);
}

/* RAB-FailedItem-EnhRelocInfoRes: cN-DomainIndicator, rAB-ID, cause, iE-Extensions OPTIONAL */
static void item_enh_reloc_info_failed(struct tk_emitter *e, struct tk_per *r)
{
	uint32_t x;

	if (tk_per_bits(r, 2, "RAB item", &x))
		return;
	emit_enum(e, "cnDomainIndicator", r, cn_domain_names, 2, 0);
	emit_rab_id(e, r);
	emit_cause(e, "cause", r);
	seq_tail(e, r, x, 1);
}

/* GERAN-Iumode-RAB-Failed-RABAssgntResponse-Item ::= SEQUENCE { rAB-ID, cause, gERAN-Classmark
 * OPTIONAL (the TS 48.008 3.2.2.78 value, decoded by bssap.c), iE-Extensions OPTIONAL, ... }
 * (the items of the RAB-AssignmentResponse extension 110) */
static void item_geran_iumode_failed(struct tk_emitter *e, struct tk_per *r)
{
	const uint8_t *q;
	uint32_t x;
	size_t len;

	if (tk_per_bits(r, 3, "RAB item", &x))
		return;
	emit_rab_id(e, r);
	emit_cause(e, "cause", r);
	if ((x & 2) && (q = tk_per_octet_string(r, "gERAN-Classmark", &len)) != NULL) {
		tk_emit_key(e, "geranClassmark");
		tk_emit_bssmap_ie(e, 0x53, q, len);
	}
	seq_tail(e, r, x, 2);
}

/* the RAB item decoders by ProtocolIE-ID of the item */
static const struct rab_item {
	long id;
	void (*fn)(struct tk_emitter *e, struct tk_per *r);
} rab_items[] = {
	{ 24, item_rab_context },		/* RAB-ContextItem */
	{ 26, item_data_forwarding },		/* RAB-DataForwardingItem */
	{ 27, item_rab_id },			/* RAB-DataForwardingItem-SRNS-CtxReq */
	{ 30, item_data_volume_report },	/* RAB-DataVolumeReportItem */
	{ 32, item_rab_id },			/* RAB-DataVolumeReportRequestItem */
	{ 34, item_rab_cause },			/* RAB-FailedItem */
	{ 37, item_rab_id },			/* RAB-QueuedItem */
	{ 40, item_rab_cause },			/* RAB-ReleaseItem */
	{ 42, item_released },			/* RAB-ReleasedItem */
	{ 45, item_rab_id },			/* RAB-RelocationReleaseItem */
	{ 47, item_setup_reloc_req },		/* RAB-SetupItem-RelocReq */
	{ 48, item_setup_reloc_req_ack },	/* RAB-SetupItem-RelocReqAck */
	{ 51, item_setup_or_modified },		/* RAB-SetupOrModifiedItem */
	{ 71, item_rab_cause },			/* RABs-failed-to-reportItem */
	{ 82, item_rab_context },		/* RAB-ContextItem-RANAP-RelocInf */
	{ 84, item_rab_cause },			/* RABs-ContextFailedtoTransferItem */
	{ 78, item_iu_sig_con_id },		/* IuSigConIdItem */
	{ 80, item_direct_transfer },		/* DirectTransferInformationItem-RANAP-RelocInf */
	{ 87, item_released_iu_rel_comp },	/* RAB-ReleasedItem-IuRelComp */
	{ 92, item_rab_modify },		/* RAB-ModifyItem */
	{ 189, item_enh_reloc_complete_req },	/* RAB-SetupItem-EnhancedRelocCompleteReq */
	{ 191, item_enh_reloc_complete_res },	/* RAB-SetupItem-EnhancedRelocCompleteRes */
	{ 193, item_enh_reloc_info_req },	/* RAB-SetupItem-EnhRelocInfoReq */
	{ 195, item_enh_reloc_info_res },	/* RAB-SetupItem-EnhRelocInfoRes */
	{ 198, item_enh_reloc_info_failed },	/* RAB-FailedItem-EnhRelocInfoRes */
	{ 209, item_rab_cause },		/* RAB-ToBeReleasedItem-EnhancedRelocCompleteRes */
	{ 109, item_geran_iumode_failed },	/* GERAN-Iumode-RAB-Failed-RABAssgntResponse-Item */
	{ 0, NULL }
};

/* one RAB item's fields, when its ID is known and the nesting allows */
static void emit_rab_item(struct tk_emitter *e, long id, struct tk_per *o, const char *name)
{
	const struct rab_item *it;

	for (it = rab_items; it->id && it->id != id; it++)
		;
	if (it->id && o->depth <= RANAP_MAX_DEPTH) {
		it->fn(e, o);
		tk_per_end(o, name);
	}
}

/*
 * RAB-IE-ContainerList ::= ProtocolIE-ContainerList { 1, maxNrOfRABs (256) }: a SEQUENCE
 * (SIZE (1..256)) OF ProtocolIE-Container, each of ProtocolIE-Fields holding one RAB item.
 * Listed as "rabs": one object per field, with the decoded item and its octets.  The other
 * ProtocolIE-ContainerLists have another upper bound, k->nroot when k and k->nroot are not 0:
 * IuSigConId-IE-ContainerList { 1, maxNrOfIuSigConIds (250) } (8 bits, not aligned) and
 * DirectTransfer-IE-ContainerList { 1, maxNrOfDTs (15) } (4 bits).
 */
static void dec_rab_list(struct tk_emitter *e, const char *key, struct tk_per *r,
			 const struct ie_kind *k)
{
	uint32_t cnt, i, fields, j, id, crit;
	struct tk_per o;

	if (tk_per_cwn(r, k && k->nroot ? k->nroot : 256, "container list count", &cnt))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 1);
	for (i = 0; i <= cnt && !r->bad; i++) {
		if (tk_per_cwn(r, 65536, "ProtocolIE-Container count", &fields))
			break;
		for (j = 0; j < fields; j++) {
			if (tk_per_cwn(r, 65536, "ProtocolIE-ID", &id) ||
			    tk_per_cwn(r, 3, "criticality", &crit) ||
			    tk_per_open(r, "IE value", &o))
				break;
			tk_emit_open(e, 0);
			tk_emit_kv_long(e, "id", (long)id);
			tk_inner_emit_name(e, "name", ie_names, NULL, "unknown", (long)id);
			tk_emit_kv_str(e, "criticality", tk_vs_name(tk_per_criticality_names, (long)crit));
			emit_rab_item(e, (long)id, &o, tk_vs_name(ie_names, (long)id));
			tk_emit_kv_hex(e, "value", o.p, o.n);
			tk_emit_close(e, 0);
		}
	}
	tk_emit_close(e, 1);
}

/*
 * RAB-SetupOrModifyList ::= RAB-IE-ContainerPairList: a SEQUENCE (SIZE (1..256)) OF
 * ProtocolIE-ContainerPair (SIZE (0..65535)) OF ProtocolIE-FieldPair { id, firstCriticality,
 * firstValue, secondCriticality, secondValue } (RANAP-Containers); the first value of
 * RAB-SetupOrModifyItem is RAB-SetupOrModifyItemFirst, the second ...Second.
 */
static void dec_rab_pair_list(struct tk_emitter *e, const char *key, struct tk_per *r,
			      const struct ie_kind *k)
{
	uint32_t cnt, i, fields, j, id, c1, c2;
	struct tk_per o1, o2;

	(void)k;
	if (tk_per_cwn(r, 256, "RAB list count", &cnt))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 1);
	for (i = 0; i <= cnt && !r->bad; i++) {
		if (tk_per_cwn(r, 65536, "ProtocolIE-ContainerPair count", &fields))
			break;
		for (j = 0; j < fields; j++) {
			if (tk_per_cwn(r, 65536, "ProtocolIE-ID", &id) ||
			    tk_per_cwn(r, 3, "firstCriticality", &c1) ||
			    tk_per_open(r, "firstValue", &o1))
				break;
			tk_emit_open(e, 0);
			tk_emit_kv_long(e, "id", (long)id);
			tk_inner_emit_name(e, "name", ie_names, NULL, "unknown", (long)id);
			tk_emit_kv_str(e, "firstCriticality",
				       tk_vs_name(tk_per_criticality_names, (long)c1));
			if (id == 53 && o1.depth <= RANAP_MAX_DEPTH) {
				tk_emit_key(e, "first");
				tk_emit_open(e, 0);
				item_setup_or_modify_first(e, &o1);
				tk_per_end(&o1, "RAB-SetupOrModifyItemFirst");
				tk_emit_close(e, 0);
			}
			tk_emit_kv_hex(e, "firstValue", o1.p, o1.n);
			if (tk_per_cwn(r, 3, "secondCriticality", &c2) == 0 &&
			    tk_per_open(r, "secondValue", &o2) == 0) {
				tk_emit_kv_str(e, "secondCriticality",
					       tk_vs_name(tk_per_criticality_names, (long)c2));
				if (id == 53 && o2.depth <= RANAP_MAX_DEPTH) {
					tk_emit_key(e, "second");
					tk_emit_open(e, 0);
					item_setup_or_modify_second(e, &o2);
					tk_per_end(&o2, "RAB-SetupOrModifyItemSecond");
					tk_emit_close(e, 0);
				}
				tk_emit_kv_hex(e, "secondValue", o2.p, o2.n);
			}
			tk_emit_close(e, 0);
			if (r->bad)
				break;
		}
	}
	tk_emit_close(e, 1);
}

/* ---- the TS 24.008 / 48.008 / 48.018 values RANAP carries as OCTET STRINGs ------------------ */

/*
 * ClassmarkInformation2 / 3 (9.2.1.26, 9.2.1.27): the TS 24.008 Mobile Station Classmark 2
 * (10.5.1.6) / Classmark 3 (10.5.1.7) value parts, decoded by classmark.c / csn1.c into an
 * object with its own "hex" and "error"
 */
static void dec_classmark(struct tk_emitter *e, const char *key, struct tk_per *r,
			  const struct ie_kind *k)
{
	const uint8_t *q;
	size_t len;

	q = tk_per_octet_string(r, key, &len);
	if (!q)
		return;
	tk_emit_key(e, key);
	if (k->nroot == 2)
		tk_emit_ms_classmark2(e, q, len);
	else
		tk_emit_ms_classmark3(e, q, len);
}

/*
 * The values of TS 48.008 IEs (k->nroot the IEI): Old BSS to New BSS Information (3.2.2.58) and
 * New BSS to Old BSS Information (3.2.2.80), both field elements; GERAN Classmark (3.2.2.78) and
 * GERAN BSC Container (3.2.2.79), GERAN Iu mode information bssap.c names.  bssap.c decodes
 * them into an object with its own "hex" and "error".
 */
static void dec_bssmap_value(struct tk_emitter *e, const char *key, struct tk_per *r,
			     const struct ie_kind *k)
{
	const uint8_t *q;
	size_t len;

	q = tk_per_octet_string(r, key, &len);
	if (!q)
		return;
	tk_emit_key(e, key);
	tk_emit_bssmap_ie(e, (uint8_t)k->nroot, q, len);
}

/* TS 48.018 table 11.3: the BSSGP information element identifiers */
static const struct tk_value_string bssgp_iei_names[] = {
	{ 0x00, "Alignment Octets" },
	{ 0x01, "Bmax default MS" },
	{ 0x02, "BSS Area Indication" },
	{ 0x03, "Bucket Leak Rate (R)" },
	{ 0x04, "BVCI (BSSGP Virtual Connection Identifier)" },
	{ 0x05, "BVC Bucket Size" },
	{ 0x06, "BVC Measurement" },
	{ 0x07, "Cause" },
	{ 0x08, "Cell Identifier" },
	{ 0x09, "Channel needed" },
	{ 0x0a, "DRX Parameters" },
	{ 0x0b, "eMLPP-Priority" },
	{ 0x0c, "Flush Action" },
	{ 0x0d, "IMSI" },
	{ 0x0e, "LLC-PDU" },
	{ 0x0f, "LLC Frames Discarded" },
	{ 0x10, "Location Area" },
	{ 0x11, "Mobile Id" },
	{ 0x12, "MS Bucket Size" },
	{ 0x13, "MS Radio Access Capability" },
	{ 0x14, "OMC Id" },
	{ 0x15, "PDU In Error" },
	{ 0x16, "PDU Lifetime" },
	{ 0x17, "Priority" },
	{ 0x18, "QoS Profile" },
	{ 0x19, "Radio Cause" },
	{ 0x1a, "RA-Cap-UPD-Cause" },
	{ 0x1b, "Routeing Area" },
	{ 0x1c, "R_default_MS" },
	{ 0x1d, "Suspend Reference Number" },
	{ 0x1e, "Tag" },
	{ 0x1f, "TLLI" },
	{ 0x20, "TMSI" },
	{ 0x21, "Trace Reference" },
	{ 0x22, "Trace Type" },
	{ 0x23, "Transaction Id" },
	{ 0x24, "Trigger Id" },
	{ 0x25, "Number of octets affected" },
	{ 0x26, "LSA Identifier List" },
	{ 0x27, "LSA Information" },
	{ 0x28, "Packet Flow Identifier (PFI)" },
	{ 0x29, "GPRS Timer" },
	{ 0x3a, "Aggregate BSS QoS Profile" },
	{ 0x3b, "Feature Bitmap" },
	{ 0x3c, "Bucket Full Ratio" },
	{ 0x3d, "Service UTRAN CCO" },
	{ 0x3e, "NSEI" },
	{ 0x3f, "RRLP APDU" },
	{ 0x40, "LCS QoS" },
	{ 0x41, "LCS Client Type" },
	{ 0x42, "Requested GPS Assistance Data" },
	{ 0x43, "Location Type" },
	{ 0x44, "Location Estimate" },
	{ 0x45, "Positioning Data" },
	{ 0x46, "Deciphering Keys" },
	{ 0x47, "LCS Priority" },
	{ 0x48, "LCS Cause" },
	{ 0x49, "LCS Capability" },
	{ 0x4a, "RRLP Flags" },
	{ 0x4b, "RIM Application Identity" },
	{ 0x4c, "RIM Sequence Number" },
	{ 0x4d, "RAN-INFORMATION-REQUEST Application Container" },
	{ 0x4e, "RAN-INFORMATION Application Container" },
	{ 0x4f, "RIM PDU Indications" },
	{ 0x50, "Number of Container Units" },
	{ 0x52, "PFC flow control parameters" },
	{ 0x53, "Global CN-Id" },
	{ 0x54, "RIM Routing Information" },
	{ 0x55, "RIM Protocol Version" },
	{ 0x56, "Application Error Container" },
	{ 0x57, "RAN-INFORMATION-REQUEST RIM Container" },
	{ 0x58, "RAN-INFORMATION RIM Container" },
	{ 0x59, "RAN-INFORMATION-APPLICATION-ERROR RIM Container" },
	{ 0x5a, "RAN-INFORMATION-ACK RIM Container" },
	{ 0x5b, "RAN-INFORMATION-ERROR RIM Container" },
	{ 0x5c, "TMGI" },
	{ 0x5d, "MBMS Session Identity" },
	{ 0x5e, "MBMS Session Duration" },
	{ 0x5f, "MBMS Service Area Identity List" },
	{ 0x60, "MBMS Response" },
	{ 0x61, "MBMS Routing Area List" },
	{ 0x62, "MBMS Session Information" },
	{ 0x63, "MBMS Stop Cause" },
	{ 0x64, "Source BSS to Target BSS Transparent Container" },
	{ 0x65, "Target BSS to Source BSS Transparent Container" },
	{ 0x66, "NAS container for PS Handover" },
	{ 0x67, "PFCs to be set-up list" },
	{ 0x68, "List of set-up PFCs" },
	{ 0x69, "Extended Feature Bitmap" },
	{ 0x6a, "Source RNC to Target RNC Transparent Container" },
	{ 0x6b, "Target RNC to Source RNC Transparent Container" },
	{ 0x6c, "RNC Identifier" },
	{ 0x6d, "Page Mode" },
	{ 0x6e, "Container ID" },
	{ 0x6f, "Global TFI" },
	{ 0x70, "IMEI" },
	{ 0x71, "Time to MBMS Data Transfer" },
	{ 0x72, "MBMS Session Repetition Number" },
	{ 0x73, "Inter RAT Handover Info" },
	{ 0x74, "PS Handover Command" },
	{ 0x75, "PS Handover Indications" },
	{ 0x76, "SI/PSI Container" },
	{ 0x77, "Active PFCs List" },
	{ 0x78, "Velocity Data" },
	{ 0x79, "DTM Handover Command" },
	{ 0x7a, "CS Indication" },
	{ 0x7b, "Requested GANSS Assistance Data" },
	{ 0x7c, "GANSS Location Type" },
	{ 0x7d, "GANSS Positioning Data" },
	{ 0x7e, "Flow Control Granularity" },
	{ 0x7f, "eNB Identifier" },
	{ 0x80, "E-UTRAN Inter RAT Handover Info" },
	{ 0x81, "Subscriber Profile ID for RAT/Frequency priority" },
	{ 0x82, "Request for Inter RAT Handover Info" },
	{ 0x83, "Reliable Inter RAT Handover Info" },
	{ 0x84, "SON Transfer Application Identity" },
	{ 0x85, "CSG Identifier" },
	{ 0x86, "TAC" },
	{ 0x87, "Redirect Attempt Flag" },
	{ 0x88, "Redirection Indication" },
	{ 0x89, "Redirection Completed" },
	{ 0x8a, "Unconfirmed send state variable" },
	{ 0x8c, "SCI" },
	{ 0x8d, "GGSN/P-GW location" },
	{ 0x8e, "Selected PLMN ID" },
	{ 0x8f, "Priority Class Indicator" },
	{ 0x90, "Source Cell ID" },
	{ 0x91, "IRAT Measurement Configuration (extended E-ARFCNs)" },
	{ 0x92, "eDRX Parameters" },
	{ 0x93, "Time Until Next Paging Occasion" },
	{ 0x98, "Coverage Class" },
	{ 0x99, "Paging Attempt Information" },
	{ 0x9a, "Exception Report Flag" },
	{ 0x9b, "Old Routing Area Identification" },
	{ 0x9c, "Attach Indicator" },
	{ 0x9d, "PLMN Identity" },
	{ 0x9e, "MME Query" },
	{ 0x9f, "SGSN Group Identity" },
	{ 0xa0, "Additional P-TMSI" },
	{ 0xa1, "UE Usage Type" },
	{ 0xa2, "Multilateration Timer" },
	{ 0xa3, "Multilateration Timing Advance" },
	{ 0xa4, "MS Sync Accuracy" },
	{ 0xa5, "BTS Reception Accuracy Level" },
	{ 0xa6, "Timing Advance Request" },
	{ 0, NULL }
};

/* TS 48.018 11.3.88 Page Mode: PAGE_MODE in bits 2-1 (TS 44.018 / 44.060 coding) */
static const struct tk_value_string bssgp_page_mode_names[] = {
	{ 0, "Normal Paging" },
	{ 1, "Extended Paging" },
	{ 2, "Paging Reorganization" },
	{ 3, "Same as before" },
	{ 0, NULL }
};

/* a TS 24.008 10.5.5.15 routing area identification value (MCC/MNC, LAC, RAC), or with rac 0
 * a 10.5.1.3 location area identification value (MCC/MNC, LAC), into the object open */
static void emit_bssgp_area(struct tk_emitter *e, const uint8_t *v, int rac, size_t base,
			    struct tk_inner_err *er)
{
	tk_emit_plmn_fields(e, v, er, base);
	tk_emit_kv_long(e, "lac", (long)v[3] << 8 | v[4]);
	if (rac)
		tk_emit_kv_long(e, "rac", v[5]);
}

/* TS 48.018 11.3.61 RIM Application Identity */
static const struct tk_value_string rim_application_names[] = {
	{ 0, "Reserved" },
	{ 1, "Network Assisted Cell Change (NACC)" },
	{ 2, "System Information 3 (SI3)" },
	{ 3, "MBMS data channel" },
	{ 4, "SON Transfer" },
	{ 5, "UTRA System Information (UTRA SI)" },
	{ 0, NULL }
};

/* TS 48.018 11.3.67 RIM Protocol Version Number */
static const struct tk_value_string rim_version_names[] = {
	{ 0, "Reserved" },
	{ 1, "Version 1" },
	{ 0, NULL }
};

/* TS 48.018 11.3.70 RIM Routing Address Discriminator (bits 4-1 of octet 3) */
static const struct tk_value_string rim_discriminator_names[] = {
	{ 0, "A Cell Identifier is used to identify a GERAN cell" },
	{ 1, "A Global RNC-ID is used to identify a UTRAN RNC" },
	{ 2, "An eNB identifier is used to identify an E-UTRAN eNodeB or HeNB" },
	{ 0, NULL }
};


/*
 * The value of the TS 48.018 11.3.70 RIM Routing Information IE (the Destination and Source
 * Cell Identifiers of the RIM PDUs): the RIM Routing Address Discriminator, then the RIM
 * Routing Address it names: 0, a Cell Identifier value (11.3.9: RAI and CI, 8 octets); 1, a
 * TS 24.008 10.5.5.15 Routing Area Identification value (6 octets) and the RNC-ID or Extended
 * RNC-ID (2 octets); 2, a TS 24.301 9.9.3.32 Tracking Area Identity value (5 octets) and the
 * TS 36.413 Global eNB ID (9.2.1.37) in its ALIGNED PER encoding.  Other discriminators are
 * left in the IE's hex.
 */
static void emit_rim_routing_information(struct tk_emitter *e, const uint8_t *v, size_t len,
					 size_t base, struct tk_inner_err *er)
{
	size_t need;
	uint8_t d;

	if (len < 1) {
		tk_inner_fail(er, base, "an empty RIM Routing Information");
		return;
	}
	d = v[0] & 0x0f;
	need = d == 0 || d == 1 ? 9 : d == 2 ? 6 : 1;
	tk_emit_key(e, "rimRoutingInformation");
	tk_emit_open(e, 0);
	tk_inner_emit_name(e, "routingAddressDiscriminator", rim_discriminator_names, NULL,
			   "reserved", d);
	if (len < need || ((d == 0 || d == 1) && len != need)) {
		tk_inner_fail(er, base, "RIM Routing Information of %zu octets, discriminator %u "
			      "needs %s%zu", len, d, d == 2 ? "at least " : "", need);
	} else if (d == 0) {
		tk_emit_key(e, "cellIdentifier");
		tk_emit_open(e, 0);
		emit_bssgp_area(e, v + 1, 1, base + 1, er);
		tk_emit_kv_long(e, "ci", (long)v[7] << 8 | v[8]);
		tk_emit_close(e, 0);
	} else if (d == 1) {
		tk_emit_key(e, "routingArea");
		tk_emit_open(e, 0);
		emit_bssgp_area(e, v + 1, 1, base + 1, er);
		tk_emit_close(e, 0);
		tk_emit_kv_long(e, "rncId", (long)v[7] << 8 | v[8]);
	} else if (d == 2) {
		tk_emit_key(e, "trackingArea");
		tk_emit_open(e, 0);
		tk_emit_plmn_fields(e, v + 1, er, base + 1);
		tk_emit_kv_long(e, "tac", (long)v[4] << 8 | v[5]);
		tk_emit_close(e, 0);
		tk_emit_key(e, "globalEnbId");
		tk_emit_s1ap_type(e, TK_S1AP_GLOBAL_ENB_ID, v + 6, len - 6);
	}
	tk_emit_close(e, 0);
}

/*
 * The value of one BSSGP IE of a fixed layout (TS 48.018 11.3), under a key of its own, and
 * the RRC INTER RAT HANDOVER INFO of 11.3.94 (decoded by rrc.c) and the TS 36.331
 * UE-EUTRA-Capability of the E-UTRAN Inter RAT Handover Info of 11.3.104 (lte_rrc.c), and
 * the TS 44.060 PS Handover Command, DTM Handover Command and SI/PSI messages (rlcmac.c).
 * A length the layout does not allow is reported.
 */
static void emit_bssgp_value(struct tk_emitter *e, uint8_t iei, const uint8_t *v, size_t len,
			     size_t base, struct tk_inner_err *er)
{
	size_t need;

	switch (iei) {
	case 0x08:	/* 11.3.9 Cell Identifier: RAI (6 octets) and CI (2 octets) */
		need = 8;
		break;
	case 0x10:	/* 11.3.17 Location Area: LAI (5 octets) */
		need = 5;
		break;
	case 0x1b:	/* 11.3.31 Routeing Area: RAI (6 octets) */
		need = 6;
		break;
	case 0x6d: case 0x6e: case 0x6f: case 0x75: case 0x7a: case 0x81: case 0x82: case 0x83:
		need = 1;	/* the one-octet IEs of PS handover (11.3.88 - 11.3.107) */
		break;
	case 0x4b: case 0x4f: case 0x55:
		need = 1;	/* 11.3.61, 11.3.65, 11.3.67: the one-octet IEs of RIM */
		break;
	case 0x4c:	/* 11.3.62 RIM Sequence Number: 4 octets */
		need = 4;
		break;
	case 0x54:	/* 11.3.70 RIM Routing Information: its length follows its discriminator */
		emit_rim_routing_information(e, v, len, base, er);
		return;
	case 0x73:	/* 11.3.94 Inter RAT Handover Info: the TS 25.331 message */
		tk_emit_key(e, "interRatHandoverInfo");
		tk_emit_rrc(e, TK_RRC_INTER_RAT_HANDOVER_INFO, v, len);
		return;
	case 0x74:	/* 11.3.95 PS Handover Command: the TS 44.060 message (rlcmac.c) */
	case 0x79:	/* 11.3.97 DTM Handover Command: the TS 44.060 message (rlcmac.c) */
		tk_emit_key(e, iei == 0x74 ? "psHandoverCommand" : "dtmHandoverCommand");
		tk_emit_rlcmac_dl(e, v, len);
		return;
	case 0x76:	/* 11.3.95b SI/PSI Container (rlcmac.c) */
		tk_emit_key(e, "siPsiContainer");
		tk_emit_rlcmac_si_psi(e, v, len);
		return;
	case 0x80:	/* 11.3.104 E-UTRAN Inter RAT Handover Info: TS 36.331 */
		tk_emit_key(e, "eutranInterRatHandoverInfo");
		tk_emit_lte_rrc(e, TK_LTE_RRC_UE_EUTRA_CAPABILITY, v, len);
		return;
	default:
		return;
	}
	if (len != need) {
		tk_inner_fail(er, base, "BSSGP IE 0x%02x of %zu octets, its value has %zu", iei,
			      len, need);
		return;
	}
	switch (iei) {
	case 0x08:
		tk_emit_key(e, "cellIdentifier");
		tk_emit_open(e, 0);
		emit_bssgp_area(e, v, 1, base, er);
		tk_emit_kv_long(e, "ci", (long)v[6] << 8 | v[7]);
		tk_emit_close(e, 0);
		break;
	case 0x10:
	case 0x1b:
		tk_emit_key(e, iei == 0x10 ? "locationArea" : "routeingArea");
		tk_emit_open(e, 0);
		emit_bssgp_area(e, v, iei == 0x1b, base, er);
		tk_emit_close(e, 0);
		break;
	case 0x6d:
		tk_inner_emit_name(e, "pageMode", bssgp_page_mode_names, NULL, "unknown", v[0] & 3);
		break;
	case 0x6e:	/* 11.3.89: bits 2-1 */
		tk_emit_kv_long(e, "containerId", v[0] & 3);
		break;
	case 0x6f:
		/* 11.3.90 Global TFI: bits 6-1, the TS 44.060 12.10 { 0 UPLINK_TFI : bit (5) |
		 * 1 DOWNLINK_TFI : bit (5) } */
		tk_emit_kv_long(e, v[0] & 0x20 ? "downlinkTfi" : "uplinkTfi", v[0] & 0x1f);
		break;
	case 0x75:	/* 11.3.95a PS Handover Indications: bit 1 SI/PSI (requested) */
		tk_emit_kv_bool(e, "siPsiRequested", v[0] & 1);
		break;
	case 0x7a:	/* 11.3.98 CS Indication: the Contents, which handover attempt */
		tk_emit_kv_long(e, "csIndicationContents", v[0]);
		break;
	case 0x81:	/* 11.3.105: the octet + 1 */
		tk_emit_kv_long(e, "subscriberProfileIdForRatFrequencyPriority", 1 + (long)v[0]);
		break;
	case 0x82:	/* 11.3.106 Request for Inter RAT Handover Info: bits 2 and 1 */
		tk_emit_kv_bool(e, "eutranInterRatHandoverInfoRequested", (v[0] >> 1) & 1);
		tk_emit_kv_bool(e, "interRatHandoverInfoRequested", v[0] & 1);
		break;
	case 0x83:	/* 11.3.107 Reliable Inter RAT Handover Info: bit 1 */
		tk_emit_kv_bool(e, "interRatHandoverInfoReliable", v[0] & 1);
		break;
	case 0x4b:
		tk_inner_emit_name(e, "rimApplicationIdentity", rim_application_names, NULL,
				   "reserved", v[0]);
		break;
	case 0x4c:
		tk_emit_kv_long(e, "rimSequenceNumber", (long)((uint32_t)v[0] << 24 |
							     (uint32_t)v[1] << 16 |
							     (uint32_t)v[2] << 8 | v[3]));
		break;
	case 0x4f:
		/* 11.3.65: bit 1 ACK (requested), bits 4-2 the PDU Type Extension, whose meaning
		 * depends on the PDU (tables 11.3.65.1, 11.3.65.2): by number */
		tk_emit_kv_bool(e, "ackRequested", v[0] & 1);
		tk_emit_kv_long(e, "pduTypeExtension", (v[0] >> 1) & 7);
		break;
	case 0x55:
		tk_inner_emit_name(e, "rimProtocolVersionNumber", rim_version_names, NULL,
				   "reserved", v[0]);
		break;
	}
}

/*
 * The contents of the TS 48.018 Source BSS to Target BSS (11.3.79) / Target BSS to Source BSS
 * (11.3.80) Transparent Container, as TS 36.413 carries them too: BSSGP information elements,
 * each an IEI, a length indicator (TS 48.016 10.1.2: bit 8 of its first octet 1 for a 7-bit
 * length, 0 for a 15-bit length over two octets) and the value.  Listed by IEI with the value
 * in hex; the MS Radio Access Capability (11.3.22, the TS 24.008 10.5.5.12a value part) is
 * decoded by csn1.c, the IEs of a fixed layout and the Inter RAT Handover Info by
 * emit_bssgp_value.  With containers, the RIM Containers (11.3.62a) are decoded as IE lists too.
 */
static void emit_bssgp_ies(struct tk_emitter *e, const uint8_t *p, size_t n, size_t base,
			   struct tk_inner_err *er, int containers)
{
	size_t off = 0, len, li;

	tk_emit_key(e, "ies");
	tk_emit_open(e, 1);
	while (off < n) {
		if (off + 2 > n) {
			tk_inner_fail(er, base + off,
				      "BSSGP IE 0x%02x without its length indicator", p[off]);
			break;
		}
		li = p[off + 1] & 0x80 ? 1 : 2;
		if (off + 1 + li > n) {
			tk_inner_fail(er, base + off + 1,
				      "BSSGP IE 0x%02x: a 2-octet length indicator cut short",
				      p[off]);
			break;
		}
		len = li == 1 ? (size_t)(p[off + 1] & 0x7f) :
		      (size_t)(p[off + 1] & 0x7f) << 8 | p[off + 2];
		if (off + 1 + li + len > n) {
			tk_inner_fail(er, base + off + 1,
				      "BSSGP IE 0x%02x of %zu octets, %zu present", p[off], len,
				      n - off - 1 - li);
			break;
		}
		tk_emit_open(e, 0);
		tk_emit_kv_long(e, "iei", p[off]);
		tk_inner_emit_name(e, "name", bssgp_iei_names, NULL, "unknown", p[off]);
		tk_emit_kv_long(e, "length", (long)len);
		tk_emit_kv_hex(e, "value", p + off + 1 + li, len);
		if (p[off] == 0x13) {
			tk_emit_key(e, "msRadioAccessCapability");
			tk_emit_ms_radio_access_capability(e, p + off + 1 + li, len);
		} else if (containers && p[off] >= 0x57 && p[off] <= 0x5b) {
			/* 11.3.62a the five RIM Containers: RIM IEs of their own, decoded one
			 * level down (a container inside is left in hex) */
			tk_emit_key(e, "rimContainer");
			tk_emit_open(e, 0);
			emit_bssgp_ies(e, p + off + 1 + li, len, base + off + 1 + li, er, 0);
			tk_emit_close(e, 0);
		} else {
			emit_bssgp_value(e, p[off], p + off + 1 + li, len, base + off + 1 + li, er);
		}
		tk_emit_close(e, 0);
		off += 1 + li + len;
	}
	tk_emit_close(e, 1);
}

/* SourceBSS-ToTargetBSS- / TargetBSS-ToSourceBSS-TransparentContainer (IEs 161, 162): the
 * OCTET STRING holds the TS 48.018 container's contents */
static void dec_bss_container(struct tk_emitter *e, const char *key, struct tk_per *r,
			      const struct ie_kind *k)
{
	const uint8_t *q;
	size_t len;

	(void)k;
	q = tk_per_octet_string(r, key, &len);
	if (!q)
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	emit_bssgp_ies(e, q, len, r->base + (size_t)(q - r->p), r->er, 0);
	tk_emit_kv_hex(e, "octets", q, len);
	tk_emit_close(e, 0);
}

/* TS 48.018 11.3.26: the PDU types of the RIM PDUs (10.6.1 - 10.6.5) */
static const struct tk_value_string rim_pdu_type_names[] = {
	{ 0x70, "RAN-INFORMATION" },
	{ 0x71, "RAN-INFORMATION-REQUEST" },
	{ 0x72, "RAN-INFORMATION-ACK" },
	{ 0x73, "RAN-INFORMATION-ERROR" },
	{ 0x74, "RAN-INFORMATION-APPLICATION-ERROR" },
	{ 0, NULL }
};

/*
 * A TS 48.018 RIM PDU (10.6: the RIM Information of TS 25.413 9.2.3.31): the PDU type octet,
 * then BSSGP IEs (the Destination and Source Cell Identifiers, RIM Routing Information
 * 11.3.70; the RIM Container 11.3.62a with the RIM Application Identity, Sequence Number, PDU
 * Indications, Protocol Version Number and the application's container, in hex), into the
 * object open.  A PDU type other than the five of RIM is reported; its IEs are listed all
 * the same.
 */
static void emit_rim_pdu(struct tk_emitter *e, const uint8_t *p, size_t n, size_t base,
			 struct tk_inner_err *er)
{
	if (n == 0) {
		tk_inner_fail(er, base, "an empty RIM PDU (no PDU type)");
		return;
	}
	tk_emit_kv_long(e, "pduType", p[0]);
	tk_inner_emit_name(e, "pduTypeName", rim_pdu_type_names, NULL, "not a RIM PDU", p[0]);
	if (!tk_vs_name(rim_pdu_type_names, p[0]))
		tk_inner_fail(er, base, "BSSGP PDU type 0x%02x is not one of the RIM PDUs "
			      "(TS 48.018 10.6)", p[0]);
	emit_bssgp_ies(e, p + 1, n - 1, base + 1, er, 1);
}

/* ---- the transparent containers of relocation (TS 25.413 9.2.1.28, 9.2.1.30, 9.2.1.30a/b) ---- */

/*
 * The RRC containers of the RNC transparent containers (TS 25.331 ToTargetRNC-Container when
 * to_target, else TargetRNC-ToSourceRNC-Container): unaligned PER, decoded by rrc.c with
 * asn1c's decoder of the standard's modules.
 */
static void emit_rrc_container(struct tk_emitter *e, const char *key, int to_target,
			       const uint8_t *p, size_t n)
{
	tk_emit_key(e, key);
	tk_emit_rrc(e, to_target ? TK_RRC_TO_TARGET_RNC_CONTAINER :
		    TK_RRC_TARGET_RNC_TO_SOURCE_RNC_CONTAINER, p, n);
}

/* an algorithm code INTEGER (0..15): 4 bits, by name */
static void emit_alg(struct tk_emitter *e, const char *key, struct tk_per *r,
		     const struct tk_value_string *vs)
{
	uint32_t v;

	if (tk_per_cwn(r, 16, key, &v) == 0)
		tk_inner_emit_name(e, key, vs, NULL, "unknown", (long)v);
}

/* IntegrityProtectionKey, EncryptionKey ::= BIT STRING (SIZE (128)): 16 aligned octets */
static void emit_key128(struct tk_emitter *e, const char *key, struct tk_per *r)
{
	const uint8_t *q = tk_per_octets(r, 16, key);

	if (q)
		tk_emit_kv_hex(e, key, q, 16);
}

/* D-RNTI ::= INTEGER (0..1048575) (TS 25.423): a number of more than 64K values */
static void emit_d_rnti(struct tk_emitter *e, const char *key, struct tk_per *r)
{
	uint64_t v;

	if (tk_per_big(r, 1048576, key, &v) == 0)
		tk_emit_kv_long(e, key, (long)v);
}

/*
 * TrCH-ID ::= SEQUENCE { dCH-ID INTEGER (0..255) OPTIONAL, dSCH-ID OPTIONAL, uSCH-ID OPTIONAL,
 * iE-Extensions OPTIONAL (hS-DSCH-MAC-d-Flow-ID, E-DCH-MAC-d-Flow-ID), ... }: the Iur transport
 * channel a RAB subflow or signalling radio bearer is mapped onto; each ID one aligned octet
 */
static void emit_trch_id(struct tk_emitter *e, const char *key, struct tk_per *r)
{
	static const char *const keys[3] = { "dchId", "dschId", "uschId" };
	uint32_t x, v;
	int i;

	if (tk_per_bits(r, 5, "TrCH-ID", &x))
		return;
	if (key)
		tk_emit_key(e, key);
	tk_emit_open(e, 0);
	for (i = 0; i < 3; i++)
		if ((x & (8u >> i)) && tk_per_cwn(r, 256, keys[i], &v) == 0)
			tk_emit_kv_long(e, keys[i], (long)v);
	seq_tail(e, r, x, 4);
	tk_emit_close(e, 0);
}

/*
 * RAB-TrCH-Mapping ::= SEQUENCE (SIZE (1..maxNrOfRABs (256))) OF SEQUENCE { rAB-ID,
 * trCH-ID-List SEQUENCE (SIZE (1..maxRAB-Subflows (7))) OF TrCH-ID, iE-Extensions OPTIONAL
 * (CN-DomainIndicator), ... }
 */
static void emit_rab_trch_mapping(struct tk_emitter *e, struct tk_per *r)
{
	uint32_t cnt, i, y, n, j;

	if (tk_per_cwn(r, 256, "rAB-TrCH-Mapping", &cnt))
		return;
	tk_emit_key(e, "rabTrchMapping");
	tk_emit_open(e, 1);
	for (i = 0; i <= cnt && tk_per_bits(r, 2, "RAB-TrCH-MappingItem", &y) == 0; i++) {
		tk_emit_open(e, 0);
		emit_rab_id(e, r);
		if (tk_per_cwn(r, 7, "trCH-ID-List", &n) == 0) {
			tk_emit_key(e, "trchIdList");
			tk_emit_open(e, 1);
			for (j = 0; j <= n && !r->bad; j++)
				emit_trch_id(e, NULL, r);
			tk_emit_close(e, 1);
		}
		seq_tail(e, r, y, 1);
		tk_emit_close(e, 0);
	}
	tk_emit_close(e, 1);
}

/*
 * SourceRNC-ToTargetRNC-TransparentContainer ::= SEQUENCE { rRC-Container OCTET STRING,
 * numberOfIuInstances INTEGER (1..2), relocationType, chosenIntegrityProtectionAlgorithm
 * OPTIONAL, integrityProtectionKey OPTIONAL, chosenEncryptionAlgorithForSignalling OPTIONAL,
 * cipheringKey OPTIONAL, chosenEncryptionAlgorithForCS OPTIONAL, chosenEncryptionAlgorithForPS
 * OPTIONAL, d-RNTI OPTIONAL, targetCellId INTEGER (0..268435455) OPTIONAL, rAB-TrCH-Mapping
 * OPTIONAL, iE-Extensions OPTIONAL, ... } (9.2.1.28): the extension bit and 10 preamble bits,
 * then the components in order.  The fields go into the object the caller has open.
 */
static void s2t_rnc_fields(struct tk_emitter *e, struct tk_per *r)
{
	const uint8_t *q;
	uint32_t x, v;
	uint64_t b;
	size_t len;

	if (tk_per_bits(r, 11, "SourceRNC-ToTargetRNC-TransparentContainer", &x))
		return;
	q = tk_per_octet_string(r, "rRC-Container", &len);
	if (q)
		emit_rrc_container(e, "rrcContainer", 1, q, len);
	if (tk_per_cwn(r, 2, "numberOfIuInstances", &v) == 0)
		tk_emit_kv_long(e, "numberOfIuInstances", 1 + (long)v);
	emit_enum(e, "relocationType", r, relocation_type_names, 2, 1);
	if (x & 0x200)
		emit_alg(e, "chosenIntegrityProtectionAlgorithm", r, integrity_alg_names);
	if (x & 0x100)
		emit_key128(e, "integrityProtectionKey", r);
	if (x & 0x80)
		emit_alg(e, "chosenEncryptionAlgorithmForSignalling", r, encryption_alg_names);
	if (x & 0x40)
		emit_key128(e, "cipheringKey", r);
	if (x & 0x20)
		emit_alg(e, "chosenEncryptionAlgorithmForCs", r, encryption_alg_names);
	if (x & 0x10)
		emit_alg(e, "chosenEncryptionAlgorithmForPs", r, encryption_alg_names);
	if (x & 0x08)
		emit_d_rnti(e, "dRnti", r);
	if ((x & 0x04) && tk_per_big(r, 268435456, "targetCellId", &b) == 0)
		tk_emit_kv_long(e, "targetCellId", (long)b);
	if (x & 0x02)
		emit_rab_trch_mapping(e, r);
	seq_tail(e, r, x, 10);
}

/*
 * TargetRNC-ToSourceRNC-TransparentContainer ::= SEQUENCE { rRC-Container, d-RNTI OPTIONAL,
 * iE-Extensions OPTIONAL, ... } (9.2.1.30)
 */
static void t2s_rnc_fields(struct tk_emitter *e, struct tk_per *r)
{
	const uint8_t *q;
	uint32_t x;
	size_t len;

	if (tk_per_bits(r, 3, "TargetRNC-ToSourceRNC-TransparentContainer", &x))
		return;
	q = tk_per_octet_string(r, "rRC-Container", &len);
	if (q)
		emit_rrc_container(e, "rrcContainer", 0, q, len);
	if (x & 2)
		emit_d_rnti(e, "dRnti", r);
	seq_tail(e, r, x, 2);
}

/* the RNC containers as types of their own (tk_emit_ranap_type): key + the fields */
static void dec_rnc_container(struct tk_emitter *e, const char *key, struct tk_per *r,
			      const struct ie_kind *k)
{
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	if (k->nroot)
		s2t_rnc_fields(e, r);
	else
		t2s_rnc_fields(e, r);
	tk_emit_close(e, 0);
}

/*
 * Source-ToTarget-TransparentContainer (IE 61, k->nroot 1) and Target-ToSource-Transparent
 * Container (IE 63): "encoded not as an OCTET STRING but according to the type specifications
 * of the target system" (RANAP-IEs), so the open type holds that system's container itself
 * (in RelocationRequest / -Acknowledge and the enhanced relocation messages the IE's type is
 * the RNC container by definition).  Which system is decided from the message's own IEs: the
 * choice of its TargetID (id 62), read before the IEs are listed (scan_target):
 * targetRNC-ID, or no TargetID in the message (RelocationCommand, RelocationRequest, ...):
 * the RANAP RNC container, decoded; cGI: the TS 48.018 BSS container; targeteNB-ID: the
 * TS 36.413 eNB container; any other TargetID alternative: unknown.  The eNB and BSS containers
 * are named and kept in hex ("octets"), because their octets follow another specification's
 * type and reading them as RANAP's would only produce wrong fields; the eNB container is also
 * decoded as the S1AP type it is (s1ap.c), under "s1ap": SourceeNB-ToTargeteNB- or
 * TargeteNB-ToSourceeNB-TransparentContainer (TS 36.413 9.2.1.7, 9.2.1.8) by the direction.
 */
static void dec_transparent(struct tk_emitter *e, const char *key, struct tk_per *r,
			    const struct ie_kind *k)
{
	static const char *const kinds[2][3] = {
		{ "TargetRNC-ToSourceRNC-TransparentContainer",
		  "TargetBSS-ToSourceBSS-TransparentContainer (TS 48.018)",
		  "TargeteNodeB-ToSourceeNodeB-TransparentContainer (TS 36.413)" },
		{ "SourceRNC-ToTargetRNC-TransparentContainer",
		  "SourceBSS-ToTargetBSS-TransparentContainer (TS 48.018)",
		  "SourceeNodeB-ToTargeteNodeB-TransparentContainer (TS 36.413)" },
	};
	int s2t = k->nroot != 0;

	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	switch (r->ctx) {
	case TARGET_GERAN:
	case TARGET_ENB:
	case TARGET_OTHER:
		tk_emit_kv_str(e, "containerType", r->ctx == TARGET_OTHER ?
			       "unknown (the TargetID is an extension alternative)" :
			       kinds[s2t][r->ctx == TARGET_GERAN ? 1 : 2]);
		tk_emit_kv_hex(e, "octets", r->p, r->n);
		if (r->ctx == TARGET_ENB) {
			tk_emit_key(e, "s1ap");
			tk_emit_s1ap_type(e, s2t ? TK_S1AP_SOURCE_ENB_TO_TARGET_ENB_CONTAINER :
					  TK_S1AP_TARGET_ENB_TO_SOURCE_ENB_CONTAINER, r->p, r->n);
		}
		r->bit = 8 * r->n;
		break;
	default:
		tk_emit_kv_str(e, "containerType", kinds[s2t][0]);
		if (s2t)
			s2t_rnc_fields(e, r);
		else
			t2s_rnc_fields(e, r);
	}
	tk_emit_close(e, 0);
}

/*
 * SRB-TrCH-Mapping ::= SEQUENCE (SIZE (1..maxNrOfSRBs (8))) OF SEQUENCE { sRB-ID INTEGER
 * (1..32), trCH-ID TrCH-ID, iE-Extensions OPTIONAL, ... }: the signalling radio bearers'
 * transport channels (an extension of the source RNC container)
 */
static void dec_srb_trch_mapping(struct tk_emitter *e, const char *key, struct tk_per *r,
				 const struct ie_kind *k)
{
	uint32_t cnt, i, y, v;

	(void)k;
	if (tk_per_cwn(r, 8, key, &cnt))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 1);
	for (i = 0; i <= cnt && tk_per_bits(r, 2, "SRB-TrCH-MappingItem", &y) == 0; i++) {
		tk_emit_open(e, 0);
		if (tk_per_cwn(r, 32, "sRB-ID", &v) == 0)
			tk_emit_kv_long(e, "srbId", 1 + (long)v);
		emit_trch_id(e, "trchId", r);
		seq_tail(e, r, y, 1);
		tk_emit_close(e, 0);
	}
	tk_emit_close(e, 1);
}

static void dec_d_rnti(struct tk_emitter *e, const char *key, struct tk_per *r,
		       const struct ie_kind *k)
{
	(void)k;
	emit_d_rnti(e, key, r);
}

/* a constrained INTEGER of its own: k->nroot values from the lower bound k->ext */
static void dec_int(struct tk_emitter *e, const char *key, struct tk_per *r,
		    const struct ie_kind *k)
{
	uint32_t v;
	uint64_t b;

	if (k->nroot > 65536) {
		if (tk_per_big(r, k->nroot, key, &b) == 0)
			tk_emit_kv_long(e, key, (long)k->ext + (long)b);
	} else if (tk_per_cwn(r, k->nroot, key, &v) == 0) {
		tk_emit_kv_long(e, key, (long)k->ext + (long)v);
	}
}

/* ---- location reporting (9.2.1.16 Request Type and the IEs it asks for, RANAP-IEs) ------- */

/* Event: 3 root values, then 3 extension values */
static const struct tk_value_string event_names[] = {
	{ 0, "stop-change-of-service-area" },
	{ 1, "direct" },
	{ 2, "change-of-servicearea" },
	{ 3, "stop-direct" },
	{ 4, "periodic" },
	{ 5, "stop-periodic" },
	{ 0, NULL }
};

static const struct tk_value_string report_area_names[] = {
	{ 0, "service-area" },
	{ 1, "geographical-area" },
	{ 0, NULL }
};

static const struct tk_value_string response_time_names[] = {
	{ 0, "lowdelay" },
	{ 1, "delaytolerant" },
	{ 0, NULL }
};

static const struct tk_value_string positioning_priority_names[] = {
	{ 0, "high-Priority" },
	{ 1, "normal-Priority" },
	{ 0, NULL }
};

static const struct tk_value_string client_type_names[] = {
	{ 0, "emergency-Services" },
	{ 1, "value-Added-Services" },
	{ 2, "pLMN-Operator-Services" },
	{ 3, "lawful-Intercept-Services" },
	{ 4, "pLMN-Operator-Broadcast-Services" },
	{ 5, "pLMN-Operator-O-et-M" },
	{ 6, "pLMN-Operator-Anonymous-Statistics" },
	{ 7, "pLMN-Operator-Target-MS-Service-Support" },
	{ 0, NULL }
};

static const struct tk_value_string accuracy_fulfilment_names[] = {
	{ 0, "requested-Accuracy-Fulfilled" },
	{ 1, "requested-Accuracy-Not-Fulfilled" },
	{ 0, NULL }
};

static const struct tk_value_string include_velocity_names[] = {
	{ 0, "requested" },
	{ 0, NULL }
};

/* RequestType ::= SEQUENCE { event, reportArea, accuracyCode INTEGER (0..127) OPTIONAL, ... } */
static void dec_request_type(struct tk_emitter *e, const char *key, struct tk_per *r,
			     const struct ie_kind *k)
{
	uint32_t x, v;

	(void)k;
	if (tk_per_bits(r, 2, key, &x))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	emit_enum(e, "event", r, event_names, 3, 1);
	emit_enum(e, "reportArea", r, report_area_names, 2, 1);
	if ((x & 1) && tk_per_cwn(r, 128, "accuracyCode", &v) == 0)
		tk_emit_kv_long(e, "accuracyCode", (long)v);
	if ((x & 2) && !r->bad)
		tk_per_additions(e, r);
	tk_emit_close(e, 0);
}

/* a constrained INTEGER (0..range-1) as key: v, when it reads */
static void emit_uint(struct tk_emitter *e, const char *key, struct tk_per *r, uint32_t range)
{
	uint32_t v;

	if (tk_per_cwn(r, range, key, &v) == 0)
		tk_emit_kv_long(e, key, (long)v);
}

/*
 * GeographicalCoordinates ::= SEQUENCE { latitudeSign ENUMERATED { north, south }, latitude
 * INTEGER (0..8388607), longitude INTEGER (-8388608..8388607), iE-Extensions OPTIONAL, ... }:
 * the TS 23.032 coding (latitude 2^23 * degrees / 90, longitude 2^24 * degrees / 360)
 */
static void emit_coordinates(struct tk_emitter *e, struct tk_per *r)
{
	uint32_t x, sign;
	uint64_t v;

	if (tk_per_bits(r, 2, "GeographicalCoordinates", &x) ||
	    tk_per_bits(r, 1, "latitudeSign", &sign))
		return;
	tk_emit_key(e, "geographicalCoordinates");
	tk_emit_open(e, 0);
	tk_emit_kv_str(e, "latitudeSign", sign ? "south" : "north");
	if (tk_per_big(r, 8388608, "latitude", &v) == 0)
		tk_emit_kv_long(e, "latitude", (long)v);
	if (tk_per_big(r, 16777216, "longitude", &v) == 0)
		tk_emit_kv_long(e, "longitude", (long)v - 8388608);
	seq_tail(e, r, x, 1);
	tk_emit_close(e, 0);
}

/* GA-UncertaintyEllipse ::= SEQUENCE { uncertaintySemi-major INTEGER (0..127),
 * uncertaintySemi-minor INTEGER (0..127), orientationOfMajorAxis INTEGER (0..179), ... } */
static void emit_uncertainty_ellipse(struct tk_emitter *e, struct tk_per *r)
{
	uint32_t x;

	if (tk_per_bits(r, 1, "GA-UncertaintyEllipse", &x))
		return;
	tk_emit_key(e, "uncertaintyEllipse");
	tk_emit_open(e, 0);
	emit_uint(e, "uncertaintySemiMajor", r, 128);
	emit_uint(e, "uncertaintySemiMinor", r, 128);
	emit_uint(e, "orientationOfMajorAxis", r, 180);
	if (x && !r->bad)
		tk_per_additions(e, r);
	tk_emit_close(e, 0);
}

/* GA-AltitudeAndDirection ::= SEQUENCE { directionOfAltitude ENUMERATED { height, depth },
 * altitude INTEGER (0..32767), ... } */
static void emit_altitude(struct tk_emitter *e, struct tk_per *r)
{
	uint32_t x, d;

	if (tk_per_bits(r, 1, "GA-AltitudeAndDirection", &x) ||
	    tk_per_bits(r, 1, "directionOfAltitude", &d))
		return;
	tk_emit_key(e, "altitudeAndDirection");
	tk_emit_open(e, 0);
	tk_emit_kv_str(e, "directionOfAltitude", d ? "depth" : "height");
	emit_uint(e, "altitude", r, 32768);
	if (x && !r->bad)
		tk_per_additions(e, r);
	tk_emit_close(e, 0);
}

/* the shapes of GeographicalArea (TS 23.032), by alternative: the root point,
 * pointWithUnCertainty and polygon, then the extension alternatives */
static const char *const ga_names[7] = {
	"point", "pointWithUnCertainty", "polygon", "pointWithUncertaintyEllipse",
	"pointWithAltitude", "pointWithAltitudeAndUncertaintyEllipsoid", "ellipsoidArc"
};

/* the fields of shape i (ga_names), into the object open */
static void ga_fields(struct tk_emitter *e, struct tk_per *r, uint32_t i)
{
	uint32_t x = 0, cnt, j, y;

	switch (i) {
	case 1:
		/* GA-PointWithUnCertainty ::= SEQUENCE { geographicalCoordinates, iE-Extensions
		 * OPTIONAL, uncertaintyCode INTEGER (0..127) } (not extensible) */
		if (tk_per_bits(r, 1, ga_names[i], &x))
			return;
		emit_coordinates(e, r);
		opt_extensions(e, r, x);
		emit_uint(e, "uncertaintyCode", r, 128);
		return;
	case 2:
		/* GA-Polygon ::= SEQUENCE (SIZE (1..maxNrOfPoints (15))) OF SEQUENCE {
		 * geographicalCoordinates, iE-Extensions OPTIONAL, ... } */
		if (tk_per_cwn(r, 15, ga_names[i], &cnt))
			return;
		tk_emit_key(e, "points");
		tk_emit_open(e, 1);
		for (j = 0; j <= cnt && tk_per_bits(r, 2, ga_names[i], &y) == 0; j++) {
			tk_emit_open(e, 0);
			emit_coordinates(e, r);
			seq_tail(e, r, y, 1);
			tk_emit_close(e, 0);
		}
		tk_emit_close(e, 1);
		return;
	}
	/* the others: an extensible SEQUENCE whose one OPTIONAL component is iE-Extensions,
	 * after the fields of its shape */
	if (tk_per_bits(r, 2, ga_names[i], &x))
		return;
	emit_coordinates(e, r);
	switch (i) {
	case 3:
		/* GA-PointWithUnCertaintyEllipse: uncertaintyEllipse, confidence */
		emit_uncertainty_ellipse(e, r);
		emit_uint(e, "confidence", r, 128);
		break;
	case 4:
		/* GA-PointWithAltitude: altitudeAndDirection */
		emit_altitude(e, r);
		break;
	case 5:
		/* GA-PointWithAltitudeAndUncertaintyEllipsoid: altitudeAndDirection,
		 * uncertaintyEllipse, uncertaintyAltitude, confidence */
		emit_altitude(e, r);
		emit_uncertainty_ellipse(e, r);
		emit_uint(e, "uncertaintyAltitude", r, 128);
		emit_uint(e, "confidence", r, 128);
		break;
	case 6:
		/* GA-EllipsoidArc: innerRadius INTEGER (0..65535), uncertaintyRadius,
		 * offsetAngle INTEGER (0..179), includedAngle INTEGER (0..179), confidence */
		emit_uint(e, "innerRadius", r, 65536);
		emit_uint(e, "uncertaintyRadius", r, 128);
		emit_uint(e, "offsetAngle", r, 180);
		emit_uint(e, "includedAngle", r, 180);
		emit_uint(e, "confidence", r, 128);
		break;
	}
	seq_tail(e, r, x, 1);
}

/* GeographicalArea ::= CHOICE { point, pointWithUnCertainty, polygon, ...,
 * pointWithUncertaintyEllipse, pointWithAltitude, pointWithAltitudeAndUncertaintyEllipsoid,
 * ellipsoidArc } (the TS 23.032 shapes) */
static void emit_geographical_area(struct tk_emitter *e, struct tk_per *r)
{
	uint32_t x, i;
	struct tk_per o;

	if (tk_per_bits(r, 1, "GeographicalArea", &x))
		return;
	if (!x) {
		if (tk_per_cwn(r, 3, "GeographicalArea", &i))
			return;
		tk_emit_key(e, "geographicalArea");
		tk_emit_open(e, 0);
		tk_emit_kv_str(e, "choice", ga_names[i]);
		ga_fields(e, r, i);
		tk_emit_close(e, 0);
		return;
	}
	if (tk_per_nsnn(r, "GeographicalArea extension", &i) ||
	    tk_per_open(r, "GeographicalArea extension", &o))
		return;
	tk_emit_key(e, "geographicalArea");
	tk_emit_open(e, 0);
	if (i < 4) {
		tk_emit_kv_str(e, "choice", ga_names[3 + i]);
		if (o.depth <= RANAP_MAX_DEPTH) {
			ga_fields(e, &o, 3 + i);
			tk_per_end(&o, ga_names[3 + i]);
		}
	} else {
		tk_inner_emit_name(e, "choice", NULL, NULL, "extension alternative", (long)i);
	}
	tk_emit_kv_hex(e, "octets", o.p, o.n);
	tk_emit_close(e, 0);
}

/* AreaIdentity ::= CHOICE { sAI SAI, geographicalArea GeographicalArea, ... } */
static void dec_area_identity(struct tk_emitter *e, const char *key, struct tk_per *r,
			      const struct ie_kind *k)
{
	uint32_t x, i;
	struct tk_per o;

	(void)k;
	if (tk_per_bits(r, 1, key, &x))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	if (x) {
		if (tk_per_nsnn(r, "AreaIdentity extension", &i) == 0 &&
		    tk_per_open(r, "AreaIdentity extension", &o) == 0) {
			tk_inner_emit_name(e, "choice", NULL, NULL, "extension alternative",
					   (long)i);
			tk_emit_kv_hex(e, "octets", o.p, o.n);
		}
	} else if (tk_per_bits(r, 1, key, &i) == 0) {
		tk_emit_kv_str(e, "choice", i ? "geographicalArea" : "sAI");
		if (i)
			emit_geographical_area(e, r);
		else
			sai_fields(e, r);
	}
	tk_emit_close(e, 0);
}

/* LastKnownServiceArea ::= SEQUENCE { sAI, ageOfSAI INTEGER (0..32767) (minutes),
 * iE-Extensions OPTIONAL, ... } */
static void dec_last_known_sa(struct tk_emitter *e, const char *key, struct tk_per *r,
			      const struct ie_kind *k)
{
	uint32_t x;

	(void)k;
	if (tk_per_bits(r, 2, key, &x))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	tk_emit_key(e, "sai");
	tk_emit_open(e, 0);
	sai_fields(e, r);
	tk_emit_close(e, 0);
	emit_uint(e, "ageOfSai", r, 32768);
	seq_tail(e, r, x, 1);
	tk_emit_close(e, 0);
}

/* an INTEGER (1..8639999, ...) of PeriodicLocationInfo (seconds): its extension bit, then
 * the root value; a value outside the root is reported as not supported */
static void emit_periodic(struct tk_emitter *e, const char *key, struct tk_per *r)
{
	uint32_t x;
	uint64_t v;

	if (tk_per_bits(r, 1, key, &x))
		return;
	if (x) {
		r->bit--;
		tk_per_fail(r, "%s: a value outside the root range (not supported)", key);
		return;
	}
	if (tk_per_big(r, 8639999, key, &v) == 0)
		tk_emit_kv_long(e, key, 1 + (long)v);
}

/* PeriodicLocationInfo ::= SEQUENCE { reportingAmount, reportingInterval, iE-Extensions
 * OPTIONAL, ... } */
static void dec_periodic_location(struct tk_emitter *e, const char *key, struct tk_per *r,
				  const struct ie_kind *k)
{
	uint32_t x;

	(void)k;
	if (tk_per_bits(r, 2, key, &x))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	emit_periodic(e, "reportingAmount", r);
	emit_periodic(e, "reportingInterval", r);
	seq_tail(e, r, x, 1);
	tk_emit_close(e, 0);
}

/*
 * PositionData ::= SEQUENCE { positioningDataDiscriminator BIT STRING (SIZE (4)),
 * positioningDataSet SEQUENCE (SIZE (1..maxSet (9))) OF OCTET STRING (SIZE (1)) OPTIONAL,
 * iE-Extensions OPTIONAL, ... }: the TS 49.031 positioning methods and their usage, one
 * octet each
 */
static void dec_position_data(struct tk_emitter *e, const char *key, struct tk_per *r,
			      const struct ie_kind *k)
{
	uint32_t x, d, cnt, i, v;

	(void)k;
	if (tk_per_bits(r, 3, key, &x) || tk_per_bits(r, 4, "positioningDataDiscriminator", &d))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	tk_emit_kv_long(e, "positioningDataDiscriminator", (long)d);
	if ((x & 2) && tk_per_cwn(r, 9, "positioningDataSet", &cnt) == 0) {
		tk_emit_key(e, "positioningDataSet");
		tk_emit_open(e, 1);
		for (i = 0; i <= cnt &&
			    tk_per_bits(r, 8, "PositioningMethodAndUsage", &v) == 0; i++)
			tk_emit_long(e, (long)v);
		tk_emit_close(e, 1);
	}
	seq_tail(e, r, x, 2);
	tk_emit_close(e, 0);
}

/* HorizontalSpeedAndBearing ::= SEQUENCE { bearing INTEGER (0..359), horizontalSpeed INTEGER
 * (0..2047) } and VerticalVelocity ::= SEQUENCE { veritcalSpeed INTEGER (0..255),
 * veritcalSpeedDirection ENUMERATED { upward, downward } } (TS 23.032, km/h) */
static void emit_velocity_parts(struct tk_emitter *e, struct tk_per *r, int vertical)
{
	uint32_t d;

	emit_uint(e, "bearing", r, 360);
	emit_uint(e, "horizontalSpeed", r, 2048);
	if (!vertical)
		return;
	emit_uint(e, "verticalSpeed", r, 256);
	if (tk_per_bits(r, 1, "veritcalSpeedDirection", &d) == 0)
		tk_emit_kv_str(e, "verticalSpeedDirection", d ? "downward" : "upward");
}

/*
 * VelocityEstimate ::= CHOICE { horizontalVelocity, horizontalWithVerticalVelocity,
 * horizontalVelocityWithUncertainty, horizontalWithVeritcalVelocityAndUncertainty, ... }:
 * each an extensible SEQUENCE of HorizontalSpeedAndBearing, VerticalVelocity (the second and
 * fourth), the uncertainty speeds INTEGER (0..255) (the third and fourth) and iE-Extensions
 * OPTIONAL
 */
static void dec_velocity_estimate(struct tk_emitter *e, const char *key, struct tk_per *r,
				  const struct ie_kind *k)
{
	static const char *const names[4] = {
		"horizontalVelocity", "horizontalWithVerticalVelocity",
		"horizontalVelocityWithUncertainty", "horizontalWithVeritcalVelocityAndUncertainty"
	};
	uint32_t x, i, y;
	struct tk_per o;

	(void)k;
	if (tk_per_bits(r, 1, key, &x))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	if (x) {
		if (tk_per_nsnn(r, "VelocityEstimate extension", &i) == 0 &&
		    tk_per_open(r, "VelocityEstimate extension", &o) == 0) {
			tk_inner_emit_name(e, "choice", NULL, NULL, "extension alternative",
					   (long)i);
			tk_emit_kv_hex(e, "octets", o.p, o.n);
		}
	} else if (tk_per_cwn(r, 4, key, &i) == 0 && tk_per_bits(r, 2, names[i], &y) == 0) {
		tk_emit_kv_str(e, "choice", names[i]);
		emit_velocity_parts(e, r, i & 1);
		if (i == 2) {
			emit_uint(e, "uncertaintySpeed", r, 256);
		} else if (i == 3) {
			emit_uint(e, "horizontalUncertaintySpeed", r, 256);
			emit_uint(e, "verticalUncertaintySpeed", r, 256);
		}
		seq_tail(e, r, y, 1);
	}
	tk_emit_close(e, 0);
}

/* ---- trace (9.2.1.6 to 9.2.1.10 and the trace IEs of RANAP-IEs) ------------------------------ */

static const struct tk_value_string trace_depth_names[] = {
	{ 0, "minimum" },
	{ 1, "medium" },
	{ 2, "maximum" },
	{ 0, NULL }
};

static const struct tk_value_string interface_names[] = {
	{ 0, "iu-cs" },
	{ 1, "iu-ps" },
	{ 2, "iur" },
	{ 3, "iub" },
	{ 4, "uu" },
	{ 0, NULL }
};

/* an OCTET STRING (SIZE (lb..ub)), ub - lb < 64K and ub > 2: the length - lb as a constrained
 * whole number, then the octets aligned (X.691 17.8); key: the octets in hex */
static const uint8_t *emit_sized_octets(struct tk_emitter *e, const char *key, struct tk_per *r,
					uint32_t lb, uint32_t ub, size_t *len)
{
	const uint8_t *q;
	uint32_t v;

	if (tk_per_cwn(r, ub - lb + 1, key, &v))
		return NULL;
	*len = lb + (size_t)v;
	q = tk_per_octets(r, *len, key);
	if (q && e)
		tk_emit_kv_hex(e, key, q, *len);
	return q;
}

/* TraceReference ::= OCTET STRING (SIZE (2..3)) (TS 32.421), TriggerID, OMC-ID ::= OCTET STRING
 * (SIZE (3..22)) (TS 32.421, GSM 12.20): in hex, k->nroot and k->ext the bounds */
static void dec_sized_octets(struct tk_emitter *e, const char *key, struct tk_per *r,
			     const struct ie_kind *k)
{
	size_t len;

	emit_sized_octets(e, key, r, (uint32_t)k->ext, k->nroot, &len);
}

/* TraceType ::= OCTET STRING (SIZE (1)) (TS 52.008, TS 32.421): 8 bits, not aligned */
static void dec_octet(struct tk_emitter *e, const char *key, struct tk_per *r,
		      const struct ie_kind *k)
{
	uint32_t v;
	uint8_t o;

	(void)k;
	if (tk_per_bits(r, 8, key, &v))
		return;
	o = (uint8_t)v;
	tk_emit_kv_hex(e, key, &o, 1);
}

/* IMEI / IMEISV ::= OCTET STRING (SIZE (8)): TBCD digits (TS 23.003 6.2) */
static void emit_imei(struct tk_emitter *e, const char *key, struct tk_per *r)
{
	const uint8_t *q = tk_per_octets(r, 8, key);
	char digits[17];

	if (q && tk_tbcd_digits(q, 8, digits, sizeof(digits)) >= 0)
		tk_emit_kv_str(e, key, digits);
}

/* UE-ID ::= CHOICE { imsi IMSI, imei IMEI, ..., imeisv IMEISV } (9.2.1.9) */
static void dec_ue_id(struct tk_emitter *e, const char *key, struct tk_per *r,
		      const struct ie_kind *k)
{
	uint32_t x, i;
	struct tk_per o;

	(void)k;
	if (tk_per_bits(r, 1, key, &x))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	if (x) {
		if (tk_per_nsnn(r, "UE-ID extension", &i) == 0 &&
		    tk_per_open(r, "UE-ID extension", &o) == 0) {
			if (i == 0) {
				tk_emit_kv_str(e, "choice", "imeisv");
				emit_imei(e, "imeisv", &o);
				tk_per_end(&o, "IMEISV");
			} else {
				tk_inner_emit_name(e, "choice", NULL, NULL, "extension alternative",
						   (long)i);
			}
			tk_emit_kv_hex(e, "octets", o.p, o.n);
		}
	} else if (tk_per_bits(r, 1, key, &i) == 0) {
		tk_emit_kv_str(e, "choice", i ? "imei" : "imsi");
		if (i)
			emit_imei(e, "imei", r);
		else
			emit_imsi(e, r);
	}
	tk_emit_close(e, 0);
}

/* TraceRecordingSessionInformation ::= SEQUENCE { traceReference, traceRecordingSession-
 * Reference INTEGER (0..65535), iE-Extensions OPTIONAL, ... } */
static void dec_trace_recording(struct tk_emitter *e, const char *key, struct tk_per *r,
				const struct ie_kind *k)
{
	uint32_t x;
	size_t len;

	(void)k;
	if (tk_per_bits(r, 2, key, &x))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	emit_sized_octets(e, "traceReference", r, 2, 3, &len);
	emit_u16_aligned(e, r, "traceRecordingSessionReference");
	seq_tail(e, r, x, 1);
	tk_emit_close(e, 0);
}

/* TracePropagationParameters ::= SEQUENCE { traceRecordingSessionReference, traceDepth
 * ENUMERATED { minimum, medium, maximum, ... }, listOfInterfacesToTrace SEQUENCE (SIZE
 * (1..maxNrOfInterfaces (16))) OF SEQUENCE { interface ENUMERATED { iu-cs, iu-ps, iur, iub, uu,
 * ... }, iE-Extensions OPTIONAL, ... } OPTIONAL, iE-Extensions OPTIONAL, ... } */
static void dec_trace_propagation(struct tk_emitter *e, const char *key, struct tk_per *r,
				  const struct ie_kind *k)
{
	uint32_t x, cnt, i, y;

	(void)k;
	if (tk_per_bits(r, 3, key, &x))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	emit_u16_aligned(e, r, "traceRecordingSessionReference");
	emit_enum(e, "traceDepth", r, trace_depth_names, 3, 1);
	if ((x & 2) && tk_per_cwn(r, 16, "listOfInterfacesToTrace", &cnt) == 0) {
		tk_emit_key(e, "listOfInterfacesToTrace");
		tk_emit_open(e, 1);
		for (i = 0; i <= cnt && tk_per_bits(r, 2, "InterfacesToTraceItem", &y) == 0; i++) {
			tk_emit_open(e, 0);
			emit_enum(e, "interface", r, interface_names, 5, 1);
			seq_tail(e, r, y, 1);
			tk_emit_close(e, 0);
		}
		tk_emit_close(e, 1);
	}
	seq_tail(e, r, x, 2);
	tk_emit_close(e, 0);
}

/* ---- the alternative RAB parameter values (Alt-RAB-Parameters) ------------------------------ */

static const struct tk_value_string alt_type_names[] = {
	{ 0, "unspecified" },
	{ 1, "value-range" },
	{ 2, "discrete-values" },
	{ 0, NULL }
};

/*
 * The Alt-RAB-Parameter-...BitrateInf SEQUENCEs: { type ENUMERATED { unspecified,
 * value-range, discrete-values, ... }, bitrates SEQUENCE (SIZE (1..maxNrOfAltValues (16))) OF
 * SEQUENCE (SIZE (1..maxNrOfSeparateTrafficDirections (2))) OF <bit rate> OPTIONAL,
 * [iE-Extensions OPTIONAL (the Supported ones),] ... }; the bit rates lo..lo+range-1, of an
 * extensible INTEGER when ext (SupportedBitrate).  typekey and listkey name the components.
 */
static void emit_alt_bitrates(struct tk_emitter *e, const char *key, struct tk_per *r,
			      const char *typekey, const char *listkey, uint64_t lo,
			      uint64_t range, int ext)
{
	int ie_ext = ext;	/* the Supported ones, and only they, have iE-Extensions */
	uint32_t x, cnt, i;

	if (tk_per_bits(r, ie_ext ? 3 : 2, key, &x))
		return;
	if (!ie_ext)
		x <<= 1;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	emit_enum(e, typekey, r, alt_type_names, 3, 1);
	if ((x & 2) && tk_per_cwn(r, 16, listkey, &cnt) == 0) {
		tk_emit_key(e, listkey);
		tk_emit_open(e, 1);
		for (i = 0; i <= cnt && !r->bad; i++)
			emit_int_list(e, NULL, r, 2, lo, range, ext);
		tk_emit_close(e, 1);
	}
	seq_tail(e, r, x, 2);
	tk_emit_close(e, 0);
}

/* Alt-RAB-Parameters ::= SEQUENCE { altMaxBitrateInf OPTIONAL, altGuaranteedBitRateInf
 * OPTIONAL, iE-Extensions OPTIONAL (the extended and supported bit rates), ... } */
static void dec_alt_rab_parameters(struct tk_emitter *e, const char *key, struct tk_per *r,
				   const struct ie_kind *k)
{
	uint32_t x;

	(void)k;
	if (tk_per_bits(r, 4, key, &x))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	if (x & 4)
		emit_alt_bitrates(e, "altMaxBitrateInf", r, "altMaxBitrateType", "altMaxBitrates",
				  1, 16000000, 0);
	if (x & 2)
		emit_alt_bitrates(e, "altGuaranteedBitRateInf", r, "altGuaranteedBitrateType",
				  "altGuaranteedBitrates", 0, 16000001, 0);
	seq_tail(e, r, x, 3);
	tk_emit_close(e, 0);
}

/* the extensions of Alt-RAB-Parameters: Alt-RAB-Parameter-Extended{Guaranteed,Max}BitrateInf
 * (ExtendedGuaranteedBitrate / ExtendedMaxBitrate INTEGER (16000001..256000000)) and
 * Alt-RAB-Parameter-Supported{Guaranteed,Max}BitrateInf (SupportedBitrate); k->nroot 1 for
 * the Max ones, k->ext 1 for the Supported ones */
static void dec_alt_bitrates(struct tk_emitter *e, const char *key, struct tk_per *r,
			     const struct ie_kind *k)
{
	static const char *const keys[2][2][2] = {
		{ { "altExtendedGuaranteedBitrateType", "altExtendedGuaranteedBitrates" },
		  { "altExtendedMaxBitrateType", "altExtendedMaxBitrates" } },
		{ { "altSupportedGuaranteedBitrateType", "altSupportedGuaranteedBitrates" },
		  { "altSupportedMaxBitrateType", "altSupportedMaxBitrates" } },
	};
	const char *const *kk = keys[k->ext != 0][k->nroot != 0];

	if (k->ext)
		emit_alt_bitrates(e, key, r, kk[0], kk[1], 1, 1000000000, 1);
	else
		emit_alt_bitrates(e, key, r, kk[0], kk[1], 16000001, 240000000, 0);
}

/* ---- the other IEs of the procedures MAP relays ------------------------------------------ */

static const struct tk_value_string alt_rab_request_names[] = {
	{ 0, "alternative-RAB-configuration-Requested" },
	{ 0, NULL }
};

static const struct tk_value_string srvcc_ho_names[] = {
	{ 0, "ps-and-cs" },
	{ 1, "cs-only" },
	{ 0, NULL }
};

static const struct tk_value_string srvcc_possible_names[] = {
	{ 0, "srvcc-possible" },
	{ 0, NULL }
};

static const struct tk_value_string csg_membership_names[] = {
	{ 0, "member" },
	{ 1, "non-member" },
	{ 0, NULL }
};

static const struct tk_value_string cell_access_mode_names[] = {
	{ 0, "hybrid" },
	{ 0, NULL }
};

static const struct tk_value_string end_of_csfb_names[] = {
	{ 0, "end-of-CSFB" },
	{ 0, NULL }
};

static const struct tk_value_string out_of_utran_names[] = {
	{ 0, "cell-reselection-to-EUTRAN" },
	{ 0, NULL }
};

static const struct tk_value_string rsrvcc_ho_names[] = {
	{ 0, "ps-only" },
	{ 0, NULL }
};

static const struct tk_value_string rsrvcc_possible_names[] = {
	{ 0, "rsrvcc-possible" },
	{ 0, NULL }
};

static const struct tk_value_string higher_bitrates_names[] = {
	{ 0, "allowed" },
	{ 1, "not-allowed" },
	{ 0, NULL }
};

static const struct tk_value_string rat_type_names[] = {
	{ 0, "utran" },
	{ 1, "geran" },
	{ 0, NULL }
};

static const struct tk_value_string power_saving_names[] = {
	{ 0, "psmConfigured" },
	{ 1, "eDRXConfigured" },
	{ 0, NULL }
};

/* SRVCC-Information ::= SEQUENCE { nonce BIT STRING (SIZE (128)), iE-Extensions OPTIONAL, ... }
 * and RSRVCC-Information (k->nroot 1) ::= SEQUENCE { nonce, iMSInformation OCTET STRING (SIZE
 * (1..maxSizeOfIMSInfo (32))), iE-Extensions OPTIONAL, ... } */
static void dec_srvcc_information(struct tk_emitter *e, const char *key, struct tk_per *r,
				  const struct ie_kind *k)
{
	uint32_t x;
	size_t len;

	if (tk_per_bits(r, 2, key, &x))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	emit_key128(e, "nonce", r);
	if (k->nroot)
		emit_sized_octets(e, "imsInformation", r, 1, 32, &len);
	seq_tail(e, r, x, 1);
	tk_emit_close(e, 0);
}

/* UE-AggregateMaximumBitRate ::= SEQUENCE { uE-AggregateMaximumBitRateDownlink INTEGER
 * (1..1000000000) OPTIONAL, ...Uplink OPTIONAL, ... } (bit/s) */
static void dec_ue_ambr(struct tk_emitter *e, const char *key, struct tk_per *r,
			const struct ie_kind *k)
{
	static const char *const keys[2] = {
		"ueAggregateMaximumBitRateDownlink", "ueAggregateMaximumBitRateUplink"
	};
	uint32_t x;
	uint64_t v;
	int i;

	(void)k;
	if (tk_per_bits(r, 3, key, &x))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	for (i = 0; i < 2; i++)
		if ((x & (2u >> i)) && tk_per_big(r, 1000000000, keys[i], &v) == 0)
			tk_emit_kv_long(e, keys[i], 1 + (long)v);
	if ((x & 4) && !r->bad)
		tk_per_additions(e, r);
	tk_emit_close(e, 0);
}

/* MSISDN ::= OCTET STRING (SIZE (1..9)): a TS 29.002 ISDN-AddressString (nature of address and
 * numbering plan, then TBCD digits) */
static void dec_msisdn(struct tk_emitter *e, const char *key, struct tk_per *r,
		       const struct ie_kind *k)
{
	struct tk_address a;
	const uint8_t *q;
	size_t len;

	(void)k;
	q = emit_sized_octets(NULL, key, r, 1, 9, &len);
	if (!q)
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	if (tk_address_decode(q, len, &a) == 0) {
		tk_emit_kv_str(e, "nature", tk_nature_name(a.nature));
		tk_emit_kv_str(e, "numberingPlan", tk_numbering_plan_name(a.plan));
		tk_emit_kv_str(e, "digits", a.digits);
	}
	tk_emit_kv_hex(e, "octets", q, len);
	tk_emit_close(e, 0);
}

/* a SEQUENCE (SIZE (1..16)) OF PLMNidentity (MDT-PLMN-List, PLMNList) */
static void dec_plmn_list(struct tk_emitter *e, const char *key, struct tk_per *r,
			  const struct ie_kind *k)
{
	uint32_t cnt, i;

	(void)k;
	if (tk_per_cwn(r, 16, key, &cnt))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 1);
	for (i = 0; i <= cnt && !r->bad; i++) {
		tk_emit_open(e, 0);
		emit_plmn(e, r);
		tk_emit_close(e, 0);
	}
	tk_emit_close(e, 1);
}

/* CSG-Id-List ::= SEQUENCE (SIZE (1..maxNrOfCSGs (256))) OF CSG-Id (27 bits, aligned) */
static void dec_csg_id_list(struct tk_emitter *e, const char *key, struct tk_per *r,
			    const struct ie_kind *k)
{
	uint32_t cnt, i, v;

	(void)k;
	if (tk_per_cwn(r, 256, key, &cnt))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 1);
	for (i = 0; i <= cnt && !r->bad; i++) {
		tk_per_align(r);
		if (tk_per_bits(r, 27, "CSG-Id", &v) == 0)
			tk_emit_long(e, (long)v);
	}
	tk_emit_close(e, 1);
}

/* NAS-SequenceNumber ::= BIT STRING (SIZE (2)) (TS 24.008): 2 bits */
static void dec_bits2(struct tk_emitter *e, const char *key, struct tk_per *r,
		      const struct ie_kind *k)
{
	uint32_t v;

	(void)k;
	if (tk_per_bits(r, 2, key, &v) == 0)
		tk_emit_kv_long(e, key, (long)v);
}

/* RedirectAttemptFlag ::= NULL: nothing encoded; present is all it says */
static void dec_null(struct tk_emitter *e, const char *key, struct tk_per *r,
		     const struct ie_kind *k)
{
	(void)r;
	(void)k;
	tk_emit_kv_bool(e, key, 1);
}

/*
 * CellLoadInformation ::= SEQUENCE { cell-Capacity-Class-Value INTEGER (1..100, ...), loadValue
 * INTEGER (0..100), rTLoadValue INTEGER (0..100) OPTIONAL, nRTLoadInformationValue INTEGER
 * (0..3) OPTIONAL, iE-Extensions OPTIONAL, ... } (loads in percent)
 */
static void emit_cell_load(struct tk_emitter *e, const char *key, struct tk_per *r)
{
	uint32_t x, c, v;

	if (tk_per_bits(r, 4, key, &x) || tk_per_bits(r, 1, "cell-Capacity-Class-Value", &c))
		return;
	if (c) {
		r->bit--;
		tk_per_fail(r, "cell-Capacity-Class-Value: a value outside the root range "
			    "(not supported)");
		return;
	}
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	if (tk_per_cwn(r, 100, "cell-Capacity-Class-Value", &v) == 0)
		tk_emit_kv_long(e, "cellCapacityClassValue", 1 + (long)v);
	emit_uint(e, "loadValue", r, 101);
	if (x & 4)
		emit_uint(e, "rtLoadValue", r, 101);
	if (x & 2)
		emit_uint(e, "nrtLoadInformationValue", r, 4);
	seq_tail(e, r, x, 3);
	tk_emit_close(e, 0);
}

/* InterSystemInformation-TransparentContainer ::= SEQUENCE { downlinkCellLoadInformation
 * OPTIONAL, uplinkCellLoadInformation OPTIONAL, iE-Extensions OPTIONAL, ... } */
static void dec_inter_system_info(struct tk_emitter *e, const char *key, struct tk_per *r,
				  const struct ie_kind *k)
{
	uint32_t x;

	(void)k;
	if (tk_per_bits(r, 4, key, &x))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	if (x & 4)
		emit_cell_load(e, "downlinkCellLoadInformation", r);
	if (x & 2)
		emit_cell_load(e, "uplinkCellLoadInformation", r);
	seq_tail(e, r, x, 3);
	tk_emit_close(e, 0);
}

/*
 * CellLoadInformationGroup ::= SEQUENCE { sourceCellID CHOICE { sourceUTRANCellID SEQUENCE {
 * pLMNidentity, uTRANcellID TargetCellId, iE-Extensions OPTIONAL }, sourceGERANCellID CGI,
 * ... }, uplinkCellLoadInformation OPTIONAL, downlinkCellLoadInformation OPTIONAL,
 * iE-Extensions OPTIONAL, ... }
 */
static void dec_cell_load_group(struct tk_emitter *e, const char *key, struct tk_per *r,
				const struct ie_kind *k)
{
	uint32_t x, cx, i, y;
	uint64_t b;
	struct tk_per o;

	(void)k;
	if (tk_per_bits(r, 4, key, &x) || tk_per_bits(r, 1, "sourceCellID", &cx))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	tk_emit_key(e, "sourceCellId");
	tk_emit_open(e, 0);
	if (cx) {
		if (tk_per_nsnn(r, "sourceCellID extension", &i) == 0 &&
		    tk_per_open(r, "sourceCellID extension", &o) == 0) {
			tk_inner_emit_name(e, "choice", NULL, NULL, "extension alternative",
					   (long)i);
			tk_emit_kv_hex(e, "octets", o.p, o.n);
		}
	} else if (tk_per_bits(r, 1, "sourceCellID", &i) == 0) {
		tk_emit_kv_str(e, "choice", i ? "sourceGERANCellID" : "sourceUTRANCellID");
		if (i) {
			cgi_fields(e, r);
		} else if (tk_per_bits(r, 1, "SourceUTRANCellID", &y) == 0) {
			emit_plmn(e, r);
			if (tk_per_big(r, 268435456, "uTRANcellID", &b) == 0)
				tk_emit_kv_long(e, "utranCellId", (long)b);
			opt_extensions(e, r, y);
		}
	}
	tk_emit_close(e, 0);
	if (x & 4)
		emit_cell_load(e, "uplinkCellLoadInformation", r);
	if (x & 2)
		emit_cell_load(e, "downlinkCellLoadInformation", r);
	seq_tail(e, r, x, 3);
	tk_emit_close(e, 0);
}

/*
 * SNA-Access-Information ::= SEQUENCE { authorisedPLMNs SEQUENCE (SIZE (1..maxNrOfPLMNsSN
 * (32))) OF SEQUENCE { pLMNidentity, authorisedSNAsList SEQUENCE (SIZE (1..maxNrOfSNAs
 * (65536))) OF SNAC INTEGER (0..65535) OPTIONAL, iE-Extensions OPTIONAL, ... },
 * iE-Extensions OPTIONAL, ... } (shared networks).  The SNA count's upper bound is
 * 64K, so it is a length determinant holding the count itself (X.691 20.6, 10.9.4.1), not a
 * constrained whole number.
 */
static void dec_sna_access(struct tk_emitter *e, const char *key, struct tk_per *r,
			   const struct ie_kind *k)
{
	uint32_t x, cnt, i, y;
	size_t n, j;

	(void)k;
	if (tk_per_bits(r, 2, key, &x) || tk_per_cwn(r, 32, "authorisedPLMNs", &cnt))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	tk_emit_key(e, "authorisedPlmns");
	tk_emit_open(e, 1);
	for (i = 0; i <= cnt && tk_per_bits(r, 3, "authorisedPLMNs", &y) == 0; i++) {
		tk_emit_open(e, 0);
		emit_plmn(e, r);
		if ((y & 2) && tk_per_length(r, "authorisedSNAsList", &n) == 0) {
			if (n == 0) {
				r->bit -= 8;
				tk_per_fail(r, "authorisedSNAsList of no SNAC, SIZE (1..65536)");
			}
			tk_emit_key(e, "authorisedSnasList");
			tk_emit_open(e, 1);
			for (j = 0; j < n && !r->bad; j++) {
				uint32_t v;

				if (tk_per_cwn(r, 65536, "SNAC", &v) == 0)
					tk_emit_long(e, (long)v);
			}
			tk_emit_close(e, 1);
		}
		seq_tail(e, r, y, 2);
		tk_emit_close(e, 0);
	}
	tk_emit_close(e, 1);
	seq_tail(e, r, x, 1);
	tk_emit_close(e, 0);
}

/* RejectCauseValue (the TS 24.008 reject causes): 6 root values, then 2 extension values */
static const struct tk_value_string reject_cause_names[] = {
	{ 0, "pLMN-Not-Allowed" },
	{ 1, "location-Area-Not-Allowed" },
	{ 2, "roaming-Not-Allowed-In-This-Location-Area" },
	{ 3, "no-Suitable-Cell-In-Location-Area" },
	{ 4, "gPRS-Services-Not-Allowed-In-This-PLMN" },
	{ 5, "cS-PS-coordination-required" },
	{ 6, "network-failure" },
	{ 7, "not-authorized-for-this-CSG" },
	{ 0, NULL }
};

/* RedirectionIndication ::= ProtocolIE-Container { NAS-PDU, RejectCauseValue, ... }: its IEs
 * listed and decoded like the message's */
static void dec_ie_container(struct tk_emitter *e, const char *key, struct tk_per *r,
			     const struct ie_kind *k)
{
	(void)k;
	emit_fields(e, r, key, 0, 1);
}

/* Additional-CSPS-coordination-information ::= SEQUENCE { old-LAI OPTIONAL, old-RAC OPTIONAL,
 * nRI BIT STRING (SIZE (10)) OPTIONAL, uE-is-Attaching NULL OPTIONAL, iE-Extensions
 * OPTIONAL, ... } */
static void dec_csps_coordination(struct tk_emitter *e, const char *key, struct tk_per *r,
				  const struct ie_kind *k)
{
	uint32_t x, v;

	(void)k;
	if (tk_per_bits(r, 6, key, &x))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	if (x & 0x10) {
		tk_emit_key(e, "oldLai");
		tk_emit_open(e, 0);
		lai_fields(e, r);
		tk_emit_close(e, 0);
	}
	if ((x & 0x08) && tk_per_bits(r, 8, "old-RAC", &v) == 0)
		tk_emit_kv_long(e, "oldRac", (long)v);
	if ((x & 0x04) && tk_per_bits(r, 10, "nRI", &v) == 0)
		tk_emit_kv_long(e, "nri", (long)v);
	if (x & 0x02)
		tk_emit_kv_bool(e, "ueIsAttaching", 1);
	seq_tail(e, r, x, 5);
	tk_emit_close(e, 0);
}

/* TunnelInformation ::= SEQUENCE { transportLayerAddress, uDP-Port-Number OCTET STRING (SIZE
 * (2)) OPTIONAL, iE-Extensions OPTIONAL, ... } (Tunnel-Information-for-BBF) */
static void dec_tunnel_information(struct tk_emitter *e, const char *key, struct tk_per *r,
				   const struct ie_kind *k)
{
	uint32_t x;

	(void)k;
	if (tk_per_bits(r, 3, key, &x))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	emit_tla(e, "transportLayerAddress", r);
	if (x & 2)
		emit_u16(e, r, "udpPortNumber");
	seq_tail(e, r, x, 2);
	tk_emit_close(e, 0);
}

/* Offload-RAB-Parameters ::= SEQUENCE { accessPointName OCTET STRING (SIZE (1..255)) (a
 * TS 23.003 APN), chargingCharacteristics OCTET STRING (SIZE (2)) (TS 32.251), iE-Extensions
 * OPTIONAL, ... } */
static void dec_offload_rab_parameters(struct tk_emitter *e, const char *key, struct tk_per *r,
				       const struct ie_kind *k)
{
	const uint8_t *q;
	char apn[256];
	uint32_t x, v;
	size_t len;

	(void)k;
	if (tk_per_bits(r, 2, key, &x))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	q = emit_sized_octets(e, "accessPointName", r, 1, 255, &len);
	if (q && tk_apn_text(q, len, apn, sizeof(apn)) >= 0)
		tk_emit_kv_str(e, "apn", apn);
	if (tk_per_bits(r, 16, "chargingCharacteristics", &v) == 0)
		tk_emit_kv_long(e, "chargingCharacteristics", (long)v);
	seq_tail(e, r, x, 1);
	tk_emit_close(e, 0);
}

/* SGSN-Group-Identity ::= CHOICE { null-NRI BIT STRING (SIZE (10)), sGSN-Group-ID OCTET STRING
 * (SIZE (2)) } (not extensible: one bit chooses) */
static void dec_sgsn_group(struct tk_emitter *e, const char *key, struct tk_per *r,
			   const struct ie_kind *k)
{
	uint32_t i, v;

	(void)k;
	if (tk_per_bits(r, 1, key, &i) || tk_per_bits(r, i ? 16 : 10, key, &v))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	tk_emit_kv_str(e, "choice", i ? "sGSN-Group-ID" : "null-NRI");
	tk_emit_kv_long(e, i ? "sgsnGroupId" : "nullNri", (long)v);
	tk_emit_close(e, 0);
}

/* ---- MDT (TS 25.413 9.2.1.118 MDT Configuration, TS 32.422) and QoE (RANAP-IEs) ------------- */

static const struct tk_value_string mdt_activation_names[] = {
	{ 0, "immediateMDTonly" },
	{ 1, "loggedMDTonly" },
	{ 2, "immediateMDTandTrace" },
	{ 0, NULL }
};

/* ReportInterval: 13 root values, then the extension values ms8000 and ms28000 */
static const struct tk_value_string report_interval_names[] = {
	{ 0, "ms250" },
	{ 1, "ms500" },
	{ 2, "ms1000" },
	{ 3, "ms2000" },
	{ 4, "ms3000" },
	{ 5, "ms4000" },
	{ 6, "ms6000" },
	{ 7, "ms12000" },
	{ 8, "ms16000" },
	{ 9, "ms20000" },
	{ 10, "ms24000" },
	{ 11, "ms32000" },
	{ 12, "ms64000" },
	{ 13, "ms8000" },
	{ 14, "ms28000" },
	{ 0, NULL }
};

static const struct tk_value_string report_amount_names[] = {
	{ 0, "n1" },
	{ 1, "n2" },
	{ 2, "n4" },
	{ 3, "n8" },
	{ 4, "n16" },
	{ 5, "n32" },
	{ 6, "n64" },
	{ 7, "infinity" },
	{ 0, NULL }
};

static const struct tk_value_string measurement_quantity_names[] = {
	{ 0, "cpichEcNo" },
	{ 1, "cpichRSCP" },
	{ 2, "pathloss" },
	{ 0, NULL }
};

/* M4-Period and M5-Period: the same 8 root values */
static const struct tk_value_string m45_period_names[] = {
	{ 0, "ms100" },
	{ 1, "ms250" },
	{ 2, "ms500" },
	{ 3, "ms1000" },
	{ 4, "ms2000" },
	{ 5, "ms3000" },
	{ 6, "ms4000" },
	{ 7, "ms6000" },
	{ 0, NULL }
};

/* M6-Period and M7-Period: the same 13 root values */
static const struct tk_value_string m67_period_names[] = {
	{ 0, "ms1000" },
	{ 1, "ms2000" },
	{ 2, "ms3000" },
	{ 3, "ms4000" },
	{ 4, "ms6000" },
	{ 5, "ms8000" },
	{ 6, "ms12000" },
	{ 7, "ms16000" },
	{ 8, "ms20000" },
	{ 9, "ms24000" },
	{ 10, "ms28000" },
	{ 11, "ms32000" },
	{ 12, "ms64000" },
	{ 0, NULL }
};

static const struct tk_value_string links_to_log_names[] = {
	{ 0, "uplink" },
	{ 1, "downlink" },
	{ 2, "both-uplink-and-downlink" },
	{ 0, NULL }
};

static const struct tk_value_string logging_interval_names[] = {
	{ 0, "s1d28" },
	{ 1, "s2d56" },
	{ 2, "s5d12" },
	{ 3, "s10d24" },
	{ 4, "s20d48" },
	{ 5, "s30d72" },
	{ 6, "s40d96" },
	{ 7, "s61d44" },
	{ 0, NULL }
};

static const struct tk_value_string logging_duration_names[] = {
	{ 0, "min10" },
	{ 1, "min20" },
	{ 2, "min40" },
	{ 3, "min60" },
	{ 4, "min90" },
	{ 5, "min120" },
	{ 0, NULL }
};

/* LAI-List / RAI-List ::= SEQUENCE (SIZE (1..maxNrOfLAIs / maxNrOfRAIs (8))) OF LAI / RAI,
 * RAI ::= SEQUENCE { lAI, rAC, iE-Extensions OPTIONAL, ... } */
static void emit_lai_rai_list(struct tk_emitter *e, const char *key, struct tk_per *r, int rai)
{
	uint32_t cnt, i, x, v;

	if (tk_per_cwn(r, 8, key, &cnt))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 1);
	for (i = 0; i <= cnt && !r->bad; i++) {
		tk_emit_open(e, 0);
		if (!rai) {
			lai_fields(e, r);
		} else if (tk_per_bits(r, 2, "RAI", &x) == 0) {
			lai_fields(e, r);
			if (tk_per_bits(r, 8, "rAC", &v) == 0)
				tk_emit_kv_long(e, "rac", (long)v);
			seq_tail(e, r, x, 1);
		}
		tk_emit_close(e, 0);
	}
	tk_emit_close(e, 1);
}

/*
 * MDTAreaScope ::= CHOICE { cellbased CellBased, labased LABased, rabased RABased,
 * plmn-area-based NULL, ... } and AreaScopeForUEApplicationLayerMeasurementConfiguration (qoe
 * set), the same but plmn-area-based PLMNBased.  CellBased ::= SEQUENCE { cellIdList SEQUENCE
 * (SIZE (1..maxNrOfCellIds (32))) OF Cell-Id INTEGER (0..268435455), iE-Extensions OPTIONAL,
 * ... }, LABased { laiList }, RABased { raiList }, PLMNBased { plmnList }, alike.
 */
static void emit_area_scope(struct tk_emitter *e, const char *key, struct tk_per *r, int qoe)
{
	static const char *const names[4] = {
		"cellbased", "labased", "rabased", "plmn-area-based"
	};
	uint32_t x, i, cnt, j;
	uint64_t b;
	struct tk_per o;

	if (tk_per_bits(r, 1, key, &x))
		return;
	if (x) {
		if (tk_per_nsnn(r, "area scope extension", &i) ||
		    tk_per_open(r, "area scope extension", &o))
			return;
		tk_emit_key(e, key);
		tk_emit_open(e, 0);
		tk_inner_emit_name(e, "choice", NULL, NULL, "extension alternative", (long)i);
		tk_emit_kv_hex(e, "octets", o.p, o.n);
		tk_emit_close(e, 0);
		return;
	}
	if (tk_per_cwn(r, 4, key, &i))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	tk_emit_kv_str(e, "choice", names[i]);
	if (i == 3 && !qoe) {
		tk_emit_close(e, 0);	/* NULL: nothing encoded */
		return;
	}
	if (tk_per_bits(r, 2, names[i], &x) == 0) {
		switch (i) {
		case 0:
			if (tk_per_cwn(r, 32, "cellIdList", &cnt))
				break;
			tk_emit_key(e, "cellIdList");
			tk_emit_open(e, 1);
			for (j = 0; j <= cnt && tk_per_big(r, 268435456, "Cell-Id", &b) == 0; j++)
				tk_emit_long(e, (long)b);
			tk_emit_close(e, 1);
			break;
		case 1:
			emit_lai_rai_list(e, "laiList", r, 0);
			break;
		case 2:
			emit_lai_rai_list(e, "raiList", r, 1);
			break;
		default:
			dec_plmn_list(e, "plmnList", r, NULL);	/* PLMNList: (SIZE (1..16)) */
		}
		seq_tail(e, r, x, 1);
	}
	tk_emit_close(e, 0);
}

/* MDT-Report-Parameters ::= SEQUENCE { reportInterval, reportAmount, ... } */
static void emit_mdt_report_parameters(struct tk_emitter *e, struct tk_per *r)
{
	uint32_t x;

	if (tk_per_bits(r, 1, "MDT-Report-Parameters", &x))
		return;
	emit_enum(e, "reportInterval", r, report_interval_names, 13, 1);
	emit_enum(e, "reportAmount", r, report_amount_names, 8, 1);
	if (x && !r->bad)
		tk_per_additions(e, r);
}

/*
 * M1Report ::= CHOICE { periodic MDT-Report-Parameters, event1F Event1F-Parameters, ... } and
 * M2Report ::= CHOICE { periodic, event1I Event1I-Parameters, ... }, Event1F-Parameters ::=
 * SEQUENCE { measurementQuantity, threshold INTEGER (-120..165), ... }, Event1I-Parameters
 * ::= SEQUENCE { threshold INTEGER (-120..-25), ... } (the TS 25.331 event thresholds)
 */
static void emit_m12_report(struct tk_emitter *e, const char *key, struct tk_per *r, int m2)
{
	uint32_t x, i, y, v;
	struct tk_per o;

	if (tk_per_bits(r, 1, key, &x))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	if (x) {
		if (tk_per_nsnn(r, "M1/M2Report extension", &i) == 0 &&
		    tk_per_open(r, "M1/M2Report extension", &o) == 0) {
			tk_inner_emit_name(e, "choice", NULL, NULL, "extension alternative",
					   (long)i);
			tk_emit_kv_hex(e, "octets", o.p, o.n);
		}
	} else if (tk_per_bits(r, 1, key, &i) == 0) {
		tk_emit_kv_str(e, "choice", i ? (m2 ? "event1I" : "event1F") : "periodic");
		if (!i) {
			emit_mdt_report_parameters(e, r);
		} else if (tk_per_bits(r, 1, "Event1F/1I-Parameters", &y) == 0) {
			if (!m2)
				emit_enum(e, "measurementQuantity", r, measurement_quantity_names,
					  3, 1);
			/* -120..165: 286 values, two aligned octets; -120..-25: 96, 7 bits */
			if (tk_per_cwn(r, m2 ? 96 : 286, "threshold", &v) == 0)
				tk_emit_kv_long(e, "threshold", (long)v - 120);
			if (y && !r->bad)
				tk_per_additions(e, r);
		}
	}
	tk_emit_close(e, 0);
}

/*
 * M4Report ::= CHOICE { all NULL, m4-collection-parameters SEQUENCE { m4-period, m4-threshold
 * INTEGER (0..31) OPTIONAL, iE-Extensions OPTIONAL, ... }, ... } (k->nroot 4);
 * M5Report ::= CHOICE { when-available NULL, m5-period M5-Period, ... } (k->nroot 5);
 * M6Report / M7Report ::= SEQUENCE { m6-period / m7-period, m6- / m7-links-to-log,
 * iE-Extensions OPTIONAL, ... } (k->nroot 6, 7)
 */
static void dec_mn_report(struct tk_emitter *e, const char *key, struct tk_per *r,
			  const struct ie_kind *k)
{
	uint32_t x, i, y, v;
	struct tk_per o;

	if (k->nroot >= 6) {
		if (tk_per_bits(r, 2, key, &x))
			return;
		tk_emit_key(e, key);
		tk_emit_open(e, 0);
		emit_enum(e, k->nroot == 6 ? "m6Period" : "m7Period", r, m67_period_names, 13, 1);
		emit_enum(e, k->nroot == 6 ? "m6LinksToLog" : "m7LinksToLog", r,
			  links_to_log_names, 3, 1);
		seq_tail(e, r, x, 1);
		tk_emit_close(e, 0);
		return;
	}
	if (tk_per_bits(r, 1, key, &x))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	if (x) {
		if (tk_per_nsnn(r, "M4/M5Report extension", &i) == 0 &&
		    tk_per_open(r, "M4/M5Report extension", &o) == 0) {
			tk_inner_emit_name(e, "choice", NULL, NULL, "extension alternative",
					   (long)i);
			tk_emit_kv_hex(e, "octets", o.p, o.n);
		}
	} else if (tk_per_bits(r, 1, key, &i) == 0) {
		if (k->nroot == 5) {
			tk_emit_kv_str(e, "choice", i ? "m5-period" : "when-available");
			if (i)
				emit_enum(e, "m5Period", r, m45_period_names, 8, 1);
		} else {
			tk_emit_kv_str(e, "choice", i ? "m4-collection-parameters" : "all");
			if (i && tk_per_bits(r, 3, "M4-Collection-Parameters", &y) == 0) {
				emit_enum(e, "m4Period", r, m45_period_names, 8, 1);
				if ((y & 2) && tk_per_cwn(r, 32, "m4-threshold", &v) == 0)
					tk_emit_kv_long(e, "m4Threshold", (long)v);
				seq_tail(e, r, y, 2);
			}
		}
	}
	tk_emit_close(e, 0);
}

/*
 * ImmediateMDT ::= SEQUENCE { measurementsToActivate BIT STRING (SIZE (8)), m1report OPTIONAL,
 * m2report OPTIONAL, ..., iE-Extensions OPTIONAL (M4Report .. M7Report) }: the iE-Extensions
 * follow the extension marker, so they are the first extension addition (X.691 19.7-19.9),
 * an open type holding the ProtocolExtensionContainer, decoded like the others.  The 8 bits
 * of measurementsToActivate (9.2.1.118: which of the TS 37.320 measurements to activate) come
 * out as a number, most significant bit the first.
 */
static void emit_immediate_mdt(struct tk_emitter *e, struct tk_per *r)
{
	uint32_t x, v, nb, i, present;
	uint64_t map = 0;
	struct tk_per o;

	if (tk_per_bits(r, 3, "ImmediateMDT", &x) || tk_per_bits(r, 8, "measurementsToActivate",
								 &v))
		return;
	tk_emit_kv_long(e, "measurementsToActivate", (long)v);
	if (x & 2)
		emit_m12_report(e, "m1report", r, 0);
	if (x & 1)
		emit_m12_report(e, "m2report", r, 1);
	if (!(x & 4) || r->bad || tk_per_nsnn(r, "extension bitmap length", &nb))
		return;
	for (i = 0; i <= nb; i++) {
		if (tk_per_bits(r, 1, "extension bitmap", &present))
			return;
		map = map << 1 | present;
	}
	/* the first addition, iE-Extensions; any later one (none is defined) in hex */
	if ((map >> nb & 1) && tk_per_open(r, "iE-Extensions", &o) == 0 &&
	    o.depth <= RANAP_MAX_DEPTH) {
		emit_fields(e, &o, "extensions", 1, 1);
		tk_per_end(&o, "iE-Extensions");
	}
	if (!r->bad && nb > 0) {
		tk_emit_key(e, "extensionAdditions");
		tk_emit_open(e, 1);
		for (i = 1; i <= nb && !r->bad; i++)
			if ((map >> (nb - i) & 1) && tk_per_open(r, "extension addition", &o) == 0)
				tk_emit_hex(e, o.p, o.n);
		tk_emit_close(e, 1);
	}
}

/*
 * MDT-Configuration ::= SEQUENCE { mdtActivation, mdtAreaScope, mdtMode CHOICE { immediateMDT
 * ImmediateMDT, loggedMDT LoggedMDT, ... }, iE-Extensions OPTIONAL (SignallingBasedMDTPLMNList),
 * ... } with LoggedMDT ::= SEQUENCE { loggingInterval, loggingDuration, iE-Extensions
 * OPTIONAL, ... }
 */
static void dec_mdt_configuration(struct tk_emitter *e, const char *key, struct tk_per *r,
				  const struct ie_kind *k)
{
	uint32_t x, m, i, y;
	struct tk_per o;

	(void)k;
	if (tk_per_bits(r, 2, key, &x))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	emit_enum(e, "mdtActivation", r, mdt_activation_names, 3, 1);
	emit_area_scope(e, "mdtAreaScope", r, 0);
	if (tk_per_bits(r, 1, "mdtMode", &m) == 0) {
		tk_emit_key(e, "mdtMode");
		tk_emit_open(e, 0);
		if (m) {
			if (tk_per_nsnn(r, "mdtMode extension", &i) == 0 &&
			    tk_per_open(r, "mdtMode extension", &o) == 0) {
				tk_inner_emit_name(e, "choice", NULL, NULL, "extension alternative",
						   (long)i);
				tk_emit_kv_hex(e, "octets", o.p, o.n);
			}
		} else if (tk_per_bits(r, 1, "mdtMode", &i) == 0) {
			tk_emit_kv_str(e, "choice", i ? "loggedMDT" : "immediateMDT");
			if (!i) {
				emit_immediate_mdt(e, r);
			} else if (tk_per_bits(r, 2, "LoggedMDT", &y) == 0) {
				emit_enum(e, "loggingInterval", r, logging_interval_names, 8, 1);
				emit_enum(e, "loggingDuration", r, logging_duration_names, 6, 1);
				seq_tail(e, r, y, 1);
			}
		}
		tk_emit_close(e, 0);
	}
	seq_tail(e, r, x, 1);
	tk_emit_close(e, 0);
}

/*
 * UE-Application-Layer-Measurement-Configuration ::= SEQUENCE {
 * applicationLayerContainerForMeasurementConfiguration OCTET STRING (SIZE (1..1000)),
 * areaScopeForUEApplicationLayerMeasurementConfiguration, ... } (k->nroot 0; the container is
 * the QoE configuration of TS 25.331, kept in hex) and
 * UE-Application-Layer-Measurement-Configuration-For-Relocation ::= SEQUENCE { areaScope...,
 * traceReference, tracePropagationParameters OPTIONAL, traceCollectionEntityIPAddress
 * OPTIONAL, ... } (k->nroot 1)
 */
static void dec_qoe_configuration(struct tk_emitter *e, const char *key, struct tk_per *r,
				  const struct ie_kind *k)
{
	uint32_t x;
	size_t len;

	if (tk_per_bits(r, k->nroot ? 3 : 1, key, &x))
		return;
	if (!k->nroot)
		x <<= 2;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	if (!k->nroot)
		emit_sized_octets(e, "applicationLayerContainerForMeasurementConfiguration", r, 1,
				  1000, &len);
	emit_area_scope(e, "areaScopeForUeApplicationLayerMeasurementConfiguration", r, 1);
	if (k->nroot) {
		emit_sized_octets(e, "traceReference", r, 2, 3, &len);
		if (x & 2)
			dec_trace_propagation(e, "tracePropagationParameters", r, k);
		if (x & 1)
			emit_tla(e, "traceCollectionEntityIpAddress", r);
	}
	if ((x & 4) && !r->bad)
		tk_per_additions(e, r);
	tk_emit_close(e, 0);
}

/* ---- the RNSAP relocation and enhanced relocation parameters, MBMS linking (RANAP-IEs) ----- */

static const struct tk_value_string data_pdu_type_names[] = {
	{ 0, "pDUtype0" },
	{ 1, "pDUtype1" },
	{ 0, NULL }
};

/*
 * UPInformation ::= SEQUENCE { frameSeqNoUL, frameSeqNoDL FrameSequenceNumber INTEGER (0..15),
 * pdu14FrameSeqNoUL, pdu14FrameSeqNoDL PDUType14FrameSequenceNumber INTEGER (0..3),
 * dataPDUType ENUMERATED { pDUtype0, pDUtype1, ... }, upinitialisationFrame OCTET STRING,
 * iE-Extensions OPTIONAL (TimingDifferenceULDL), ... }: the Iu UP (TS 25.415) state the
 * source RNC hands over; the initialisation frame in hex
 */
static void emit_up_information(struct tk_emitter *e, struct tk_per *r)
{
	uint32_t x;
	size_t len;
	const uint8_t *q;

	if (tk_per_bits(r, 2, "UPInformation", &x))
		return;
	tk_emit_key(e, "upInformation");
	tk_emit_open(e, 0);
	emit_uint(e, "frameSeqNoUl", r, 16);
	emit_uint(e, "frameSeqNoDl", r, 16);
	emit_uint(e, "pdu14FrameSeqNoUl", r, 4);
	emit_uint(e, "pdu14FrameSeqNoDl", r, 4);
	emit_enum(e, "dataPduType", r, data_pdu_type_names, 2, 1);
	q = tk_per_octet_string(r, "upinitialisationFrame", &len);
	if (q)
		tk_emit_kv_hex(e, "upInitialisationFrame", q, len);
	seq_tail(e, r, x, 1);
	tk_emit_close(e, 0);
}

/*
 * RABParametersList ::= SEQUENCE (SIZE (1..maxNrOfRABs (256))) OF SEQUENCE { rab-Id, cn-domain
 * CN-DomainIndicator, rabDataVolumeReport RABDataVolumeReport OPTIONAL, upInformation
 * UPInformation OPTIONAL, iE-Extensions OPTIONAL, ... }; RABDataVolumeReport has the layout
 * of DataVolumeList
 */
static void dec_rab_parameters_list(struct tk_emitter *e, const char *key, struct tk_per *r,
				    const struct ie_kind *k)
{
	uint32_t cnt, i, x;

	(void)k;
	if (tk_per_cwn(r, 256, key, &cnt))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 1);
	for (i = 0; i <= cnt && tk_per_bits(r, 4, "RABParametersList item", &x) == 0; i++) {
		tk_emit_open(e, 0);
		emit_rab_id(e, r);
		emit_enum(e, "cnDomain", r, cn_domain_names, 2, 0);
		if (x & 4)
			emit_data_volumes(e, "rabDataVolumeReport", r);
		if (x & 2)
			emit_up_information(e, r);
		seq_tail(e, r, x, 3);
		tk_emit_close(e, 0);
	}
	tk_emit_close(e, 1);
}

static const struct tk_value_string report_change_of_sai_names[] = {
	{ 0, "requested" },
	{ 0, NULL }
};

static const struct tk_value_string periodic_reporting_names[] = {
	{ 0, "periodicSAI" },
	{ 1, "periodicGeo" },
	{ 0, NULL }
};

static const struct tk_value_string direct_reporting_names[] = {
	{ 0, "directSAI" },
	{ 1, "directGeo" },
	{ 0, NULL }
};

/*
 * LocationReportingTransferInformation ::= SEQUENCE { reportChangeOfSAI, periodicReporting
 * Indicator, directReportingIndicator, verticalAccuracyCode, positioningPriorityChangeSAI,
 * positioningPriorityDirect, clientTypePeriodic, clientTypeDirect, responseTime,
 * includeVelocity, periodicLocationInfo, iE-Extensions, all OPTIONAL, ... }: 13 preamble bits
 */
static void emit_location_reporting_transfer(struct tk_emitter *e, const char *key,
					     struct tk_per *r)
{
	uint32_t x, v;

	if (tk_per_bits(r, 13, key, &x))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	if (x & 0x800)
		emit_enum(e, "reportChangeOfSai", r, report_change_of_sai_names, 1, 1);
	if (x & 0x400)
		emit_enum(e, "periodicReportingIndicator", r, periodic_reporting_names, 2, 1);
	if (x & 0x200)
		emit_enum(e, "directReportingIndicator", r, direct_reporting_names, 2, 1);
	if ((x & 0x100) && tk_per_cwn(r, 128, "verticalAccuracyCode", &v) == 0)
		tk_emit_kv_long(e, "verticalAccuracyCode", (long)v);
	if (x & 0x80)
		emit_enum(e, "positioningPriorityChangeSai", r, positioning_priority_names, 2, 1);
	if (x & 0x40)
		emit_enum(e, "positioningPriorityDirect", r, positioning_priority_names, 2, 1);
	if (x & 0x20)
		emit_enum(e, "clientTypePeriodic", r, client_type_names, 8, 1);
	if (x & 0x10)
		emit_enum(e, "clientTypeDirect", r, client_type_names, 8, 1);
	if (x & 0x08)
		emit_enum(e, "responseTime", r, response_time_names, 2, 1);
	if (x & 0x04)
		emit_enum(e, "includeVelocity", r, include_velocity_names, 1, 0);
	if (x & 0x02)
		dec_periodic_location(e, "periodicLocationInfo", r, NULL);
	seq_tail(e, r, x, 12);
	tk_emit_close(e, 0);
}

/* TraceInformation ::= SEQUENCE { traceReference, ue-identity UE-ID, tracePropagationParameters
 * OPTIONAL, iE-Extensions OPTIONAL, ... } */
static void emit_trace_information(struct tk_emitter *e, const char *key, struct tk_per *r)
{
	uint32_t x;
	size_t len;

	if (tk_per_bits(r, 3, key, &x))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	emit_sized_octets(e, "traceReference", r, 2, 3, &len);
	dec_ue_id(e, "ueIdentity", r, NULL);
	if (x & 2)
		dec_trace_propagation(e, "tracePropagationParameters", r, NULL);
	seq_tail(e, r, x, 2);
	tk_emit_close(e, 0);
}

/*
 * RNSAPRelocationParameters ::= SEQUENCE { rabParmetersList RABParametersList OPTIONAL,
 * locationReporting LocationReportingTransferInformation OPTIONAL, traceInformation OPTIONAL,
 * sourceSAI SAI OPTIONAL, iE-Extensions OPTIONAL, ... } (the UE context an RNSAP relocation,
 * TS 25.423, hands to the CN)
 */
static void dec_rnsap_relocation_parameters(struct tk_emitter *e, const char *key,
					    struct tk_per *r, const struct ie_kind *k)
{
	uint32_t x;

	(void)k;
	if (tk_per_bits(r, 6, key, &x))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	if (x & 0x10)
		dec_rab_parameters_list(e, "rabParametersList", r, NULL);
	if (x & 0x08)
		emit_location_reporting_transfer(e, "locationReporting", r);
	if (x & 0x04)
		emit_trace_information(e, "traceInformation", r);
	if (x & 0x02) {
		tk_emit_key(e, "sourceSai");
		tk_emit_open(e, 0);
		sai_fields(e, r);
		tk_emit_close(e, 0);
	}
	seq_tail(e, r, x, 5);
	tk_emit_close(e, 0);
}

/* TMGI ::= SEQUENCE { pLMNidentity, serviceID OCTET STRING (SIZE (3)), iE-Extensions OPTIONAL }
 * (not extensible; the TS 23.003 MBMS service ID in hex) */
/* the fields of a TMGI after its preamble bit x (iE-Extensions), into the object open */
static void tmgi_fields(struct tk_emitter *e, struct tk_per *r, uint32_t x)
{
	const uint8_t *q;

	emit_plmn(e, r);
	q = tk_per_octets(r, 3, "serviceID");
	if (q)
		tk_emit_kv_hex(e, "serviceId", q, 3);
	opt_extensions(e, r, x);
}

static void emit_tmgi(struct tk_emitter *e, const char *key, struct tk_per *r)
{
	uint32_t x;

	if (tk_per_bits(r, 1, key, &x))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	tmgi_fields(e, r, x);
	tk_emit_close(e, 0);
}

static void dec_tmgi(struct tk_emitter *e, const char *key, struct tk_per *r,
		     const struct ie_kind *k)
{
	(void)k;
	emit_tmgi(e, key, r);
}

/*
 * The per-UE MBMS bearer service lists of MBMS UE linking (TS 25.413 9.1.66, 9.1.67, RANAP-PDU-
 * Contents), each a SEQUENCE (SIZE (1..maxnoofMulticastServicesPerUE (128))) OF an extensible
 * SEQUENCE { tMGI, ..., iE-Extensions OPTIONAL, ... }:
 *	JoinedMBMSBearerService-IEs: { tMGI, mBMS-PTP-RAB-ID BIT STRING (SIZE (8)), ... }
 *	LeftMBMSBearerService-IEs: { tMGI, ... }
 *	UnsuccessfulLinking-IEs: { tMGI, cause Cause, ... }
 * The count - 1 in 7 bits (X.691 10.9.4.1 with 10.5.7.1).
 */
enum mbms_list { MBMS_JOINED, MBMS_LEFT, MBMS_UNSUCCESSFUL };

static void emit_mbms_service_list(struct tk_emitter *e, const char *key, struct tk_per *r,
				   enum mbms_list which)
{
	uint32_t cnt, i, y, v;

	if (tk_per_cwn(r, 128, key, &cnt))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 1);
	for (i = 0; i <= cnt && tk_per_bits(r, 2, "MBMS bearer service", &y) == 0; i++) {
		tk_emit_open(e, 0);
		emit_tmgi(e, "tmgi", r);
		if (which == MBMS_JOINED && tk_per_bits(r, 8, "mBMS-PTP-RAB-ID", &v) == 0)
			tk_emit_kv_long(e, "mbmsPtpRabId", (long)v);
		if (which == MBMS_UNSUCCESSFUL)
			emit_cause(e, "cause", r);
		seq_tail(e, r, y, 1);
		tk_emit_close(e, 0);
	}
	tk_emit_close(e, 1);
}

static void dec_mbms_service_list(struct tk_emitter *e, const char *key, struct tk_per *r,
				  const struct ie_kind *k)
{
	emit_mbms_service_list(e, key, r, (enum mbms_list)k->nroot);
}

/*
 * CNMBMSLinkingInformation ::= SEQUENCE { joinedMBMSBearerService-IEs SEQUENCE (SIZE
 * (1..maxnoofMulticastServicesPerUE (128))) OF SEQUENCE { tMGI, mBMS-PTP-RAB-ID BIT STRING
 * (SIZE (8)), iE-Extensions OPTIONAL, ... }, iE-Extensions OPTIONAL, ... }
 */
static void dec_cn_mbms_linking(struct tk_emitter *e, const char *key, struct tk_per *r,
				const struct ie_kind *k)
{
	uint32_t x;

	(void)k;
	if (tk_per_bits(r, 2, key, &x))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	emit_mbms_service_list(e, "joinedMbmsBearerServiceIes", r, MBMS_JOINED);
	seq_tail(e, r, x, 1);
	tk_emit_close(e, 0);
}

/*
 * SourceRNC-PDCP-context-info (IE 103) ::= RRC-Container, an OCTET STRING: the source RNC's
 * PDCP context for the target, whose contents TS 25.413 leaves to TS 25.331 without naming a
 * type tcapkit's RRC decoder has; kept in hex.
 */

/* ---- further IEs of RANAP-IEs: keys, IRAT measurement, location related data, MBMS ---------- */

static const struct tk_value_string voice_support_names[] = {
	{ 0, "supported" },
	{ 1, "not-supported" },
	{ 0, NULL }
};

static const struct tk_value_string true_names[] = {
	{ 0, "true" },
	{ 0, NULL }
};

static const struct tk_value_string meas_band_names[] = {
	{ 0, "v6" },
	{ 1, "v15" },
	{ 2, "v25" },
	{ 3, "v50" },
	{ 4, "v75" },
	{ 5, "v100" },
	{ 0, NULL }
};

/* RequestedLocationRelatedDataType: 4 root values, then 4 extension values (Release 7) */
static const struct tk_value_string requested_location_data_names[] = {
	{ 0, "decipheringKeysUEBasedOTDOA" },
	{ 1, "decipheringKeysAssistedGPS" },
	{ 2, "dedicatedAssistanceDataUEBasedOTDOA" },
	{ 3, "dedicatedAssistanceDataAssistedGPS" },
	{ 4, "decipheringKeysAssistedGANSS" },
	{ 5, "dedicatedAssistanceDataAssistedGANSS" },
	{ 6, "decipheringKeysAssistedGPSandGANSS" },
	{ 7, "dedicatedAssistanceDataAssistedGPSandGANSS" },
	{ 0, NULL }
};

static const struct tk_value_string geran_location_data_names[] = {
	{ 0, "decipheringKeysEOTD" },
	{ 1, "dedicatedMobileAssistedEOTDAssistanceData" },
	{ 2, "dedicatedMobileBasedEOTDAssistanceData" },
	{ 0, NULL }
};

static const struct tk_value_string flc_flag_names[] = {
	{ 0, "no-FLC-flag" },
	{ 0, NULL }
};

static const struct tk_value_string mbms_bearer_service_type_names[] = {
	{ 0, "multicast" },
	{ 1, "broadcast" },
	{ 0, NULL }
};

static const struct tk_value_string mbms_cn_deregistration_names[] = {
	{ 0, "normalsessionstop" },
	{ 1, "deregister" },
	{ 0, NULL }
};

static const struct tk_value_string mbms_registration_request_names[] = {
	{ 0, "register" },
	{ 1, "deregister" },
	{ 0, NULL }
};

static const struct tk_value_string mbms_counting_names[] = {
	{ 0, "counting" },
	{ 1, "notcounting" },
	{ 0, NULL }
};

/* EncryptionKey, IntegrityProtectionKey ::= BIT STRING (SIZE (128)) */
static void dec_key128(struct tk_emitter *e, const char *key, struct tk_per *r,
		       const struct ie_kind *k)
{
	(void)k;
	emit_key128(e, key, r);
}

/* a BIT STRING (SIZE (8)) as a number (Priority-Class-Indicator, TS 48.018 11.3.124) */
static void dec_u8(struct tk_emitter *e, const char *key, struct tk_per *r, const struct ie_kind *k)
{
	uint32_t v;

	(void)k;
	if (tk_per_bits(r, 8, key, &v) == 0)
		tk_emit_kv_long(e, key, (long)v);
}

/* IPMulticastAddress ::= OCTET STRING (SIZE (4..16)) (TS 23.003): 4 octets an IPv4, 16 an IPv6
 * address; any other length in hex only */
static void dec_ip_address(struct tk_emitter *e, const char *key, struct tk_per *r,
			   const struct ie_kind *k)
{
	const uint8_t *q;
	char buf[64];
	size_t len;

	(void)k;
	q = emit_sized_octets(NULL, key, r, 4, 16, &len);
	if (!q)
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	tk_emit_kv_hex(e, "octets", q, len);
	if (len == 4 && inet_ntop(AF_INET, q, buf, sizeof(buf)))
		tk_emit_kv_str(e, "ipv4", buf);
	else if (len == 16 && inet_ntop(AF_INET6, q, buf, sizeof(buf)))
		tk_emit_kv_str(e, "ipv6", buf);
	tk_emit_close(e, 0);
}

/* APN ::= OCTET STRING (SIZE (1..255)) (TS 23.003 9.1: length-prefixed labels) */
static void dec_apn(struct tk_emitter *e, const char *key, struct tk_per *r,
		    const struct ie_kind *k)
{
	const uint8_t *q;
	char apn[256];
	size_t len;

	(void)k;
	q = emit_sized_octets(NULL, key, r, 1, 255, &len);
	if (!q)
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	tk_emit_kv_hex(e, "octets", q, len);
	if (tk_apn_text(q, len, apn, sizeof(apn)) >= 0)
		tk_emit_kv_str(e, "apn", apn);
	tk_emit_close(e, 0);
}

/* an UTRAN-CellID ::= SEQUENCE { pLMNidentity, cellID TargetCellId INTEGER (0..268435455),
 * iE-Extensions OPTIONAL } (not extensible): Serving-Cell-Identifier */
static void dec_utran_cell_id(struct tk_emitter *e, const char *key, struct tk_per *r,
			      const struct ie_kind *k)
{
	uint32_t x;
	uint64_t b;

	(void)k;
	if (tk_per_bits(r, 1, key, &x))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	emit_plmn(e, r);
	if (tk_per_big(r, 268435456, "cellID", &b) == 0)
		tk_emit_kv_long(e, "cellId", (long)b);
	opt_extensions(e, r, x);
	tk_emit_close(e, 0);
}

/* an INTEGER (lb..ub, ...) of its own (EARFCN-Extended 65536..262143, RSRQ-Extension -30..46):
 * the extension bit, then the root value (k->nroot values from k->ext); a value outside the
 * root is reported as not supported */
static void dec_ext_int(struct tk_emitter *e, const char *key, struct tk_per *r,
			const struct ie_kind *k)
{
	uint32_t x;

	if (tk_per_bits(r, 1, key, &x))
		return;
	if (x) {
		r->bit--;
		tk_per_fail(r, "%s: a value outside the root range (not supported)", key);
		return;
	}
	dec_int(e, key, r, k);
}

/* RSRQ-Type ::= SEQUENCE { allSymbols BOOLEAN, wideBand BOOLEAN } (one bit each) */
static void dec_rsrq_type(struct tk_emitter *e, const char *key, struct tk_per *r,
			  const struct ie_kind *k)
{
	uint32_t v;

	(void)k;
	if (tk_per_bits(r, 2, key, &v))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	tk_emit_kv_bool(e, "allSymbols", (int)(v >> 1));
	tk_emit_kv_bool(e, "wideBand", (int)(v & 1));
	tk_emit_close(e, 0);
}

/*
 * IRAT-Measurement-Configuration ::= SEQUENCE { rSRP INTEGER (0..97) OPTIONAL, rSRQ INTEGER
 * (0..34) OPTIONAL, iRATmeasurementParameters SEQUENCE { measurementDuration INTEGER (1..100),
 * eUTRANFrequencies SEQUENCE (SIZE (1..maxNrOfEUTRAFreqs (8))) OF SEQUENCE { earfcn INTEGER
 * (0..65535), measBand OPTIONAL, iE-Extensions OPTIONAL (EARFCN-Extended) } OPTIONAL,
 * iE-Extensions OPTIONAL }, iE-Extensions OPTIONAL (RSRQ-Type, RSRQ-Extension) }: none of
 * them extensible (the E-UTRAN measurements of TS 25.331 a UE makes before CS fallback)
 */
static void dec_irat_measurement(struct tk_emitter *e, const char *key, struct tk_per *r,
				 const struct ie_kind *k)
{
	uint32_t x, y, cnt, i, z, v;

	(void)k;
	if (tk_per_bits(r, 3, key, &x))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	if (x & 4)
		emit_uint(e, "rsrp", r, 98);
	if (x & 2)
		emit_uint(e, "rsrq", r, 35);
	if (tk_per_bits(r, 2, "iRATmeasurementParameters", &y) == 0) {
		tk_emit_key(e, "iratMeasurementParameters");
		tk_emit_open(e, 0);
		if (tk_per_cwn(r, 100, "measurementDuration", &v) == 0)
			tk_emit_kv_long(e, "measurementDuration", 1 + (long)v);
		if ((y & 2) && tk_per_cwn(r, 8, "eUTRANFrequencies", &cnt) == 0) {
			tk_emit_key(e, "eutranFrequencies");
			tk_emit_open(e, 1);
			for (i = 0; i <= cnt && tk_per_bits(r, 2, "EUTRANFrequencies",
							    &z) == 0; i++) {
				tk_emit_open(e, 0);
				emit_uint(e, "earfcn", r, 65536);
				if (z & 2)
					emit_enum(e, "measBand", r, meas_band_names, 6, 0);
				opt_extensions(e, r, z & 1);
				tk_emit_close(e, 0);
			}
			tk_emit_close(e, 1);
		}
		opt_extensions(e, r, y & 1);
		tk_emit_close(e, 0);
	}
	opt_extensions(e, r, x & 1);
	tk_emit_close(e, 0);
}

/*
 * UERegistrationQueryResult ::= CHOICE { uE-IsServed SEQUENCE { permanentNAS-UE-ID,
 * pLMNidentity, iE-Extensions OPTIONAL, ... }, uE-IsNotServed SEQUENCE { permanentNAS-UE-ID,
 * iE-Extensions OPTIONAL, ... } } (not extensible: one bit chooses)
 */
static void dec_ue_registration_query_result(struct tk_emitter *e, const char *key,
					     struct tk_per *r, const struct ie_kind *k)
{
	uint32_t i, x;

	(void)k;
	if (tk_per_bits(r, 1, key, &i) || tk_per_bits(r, 2, key, &x))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	tk_emit_kv_str(e, "choice", i ? "uE-IsNotServed" : "uE-IsServed");
	dec_permanent_nas_ue_id(e, "permanentNasUeId", r, NULL);
	if (!i) {
		tk_emit_key(e, "plmnIdentity");
		tk_emit_open(e, 0);
		emit_plmn(e, r);
		tk_emit_close(e, 0);
	}
	seq_tail(e, r, x, 1);
	tk_emit_close(e, 0);
}

/* LocationRelatedDataRequestType ::= SEQUENCE { requestedLocationRelatedDataType,
 * requestedGPSAssistanceData OCTET STRING (SIZE (1..38)) OPTIONAL (TS 24.080), ... } */
static void dec_location_related_request(struct tk_emitter *e, const char *key, struct tk_per *r,
					 const struct ie_kind *k)
{
	uint32_t x;
	size_t len;

	(void)k;
	if (tk_per_bits(r, 2, key, &x))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	emit_enum(e, "requestedLocationRelatedDataType", r, requested_location_data_names, 4, 1);
	if (x & 1)
		emit_sized_octets(e, "requestedGpsAssistanceData", r, 1, 38, &len);
	if ((x & 2) && !r->bad)
		tk_per_additions(e, r);
	tk_emit_close(e, 0);
}

/* BroadcastAssistanceDataDecipheringKeys ::= SEQUENCE { cipheringKeyFlag BIT STRING (SIZE (1)),
 * currentDecipheringKey, nextDecipheringKey BIT STRING (SIZE (56)), ... }: the 56-bit keys
 * aligned (X.691 16.10), in hex */
static void dec_deciphering_keys(struct tk_emitter *e, const char *key, struct tk_per *r,
				 const struct ie_kind *k)
{
	uint32_t x, f;
	const uint8_t *q;

	(void)k;
	if (tk_per_bits(r, 1, key, &x) || tk_per_bits(r, 1, "cipheringKeyFlag", &f))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	tk_emit_kv_long(e, "cipheringKeyFlag", (long)f);
	q = tk_per_octets(r, 7, "currentDecipheringKey");
	if (q)
		tk_emit_kv_hex(e, "currentDecipheringKey", q, 7);
	q = tk_per_octets(r, 7, "nextDecipheringKey");
	if (q)
		tk_emit_kv_hex(e, "nextDecipheringKey", q, 7);
	if (x && !r->bad)
		tk_per_additions(e, r);
	tk_emit_close(e, 0);
}

/* GANSS-PositioningDataSet (SIZE (1..maxGANSSSet (9))) / Additional-PositioningDataSet (SIZE
 * (1..maxAddPosSet (8))) OF OCTET STRING (SIZE (1)) (TS 49.031 method and usage octets);
 * k->nroot the upper bound */
static void dec_octet_set(struct tk_emitter *e, const char *key, struct tk_per *r,
			  const struct ie_kind *k)
{
	uint32_t cnt, i, v;

	if (tk_per_cwn(r, k->nroot, key, &cnt))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 1);
	for (i = 0; i <= cnt && tk_per_bits(r, 8, key, &v) == 0; i++)
		tk_emit_long(e, (long)v);
	tk_emit_close(e, 1);
}

/* ---- shared networks, trace transfer, idle mode UE lists and MBMS synchronisation ----------- */

static const struct tk_value_string information_exchange_type_names[] = {
	{ 0, "transfer" },
	{ 1, "request" },
	{ 0, NULL }
};

static const struct tk_value_string empty_full_names[] = {
	{ 0, "emptylist" },
	{ 1, "fulllist" },
	{ 0, NULL }
};

static const struct tk_value_string mbms_hc_indicator_names[] = {
	{ 0, "uncompressed-header" },
	{ 1, "compressed-header" },
	{ 0, NULL }
};

/* the count of a SEQUENCE (SIZE (1..65536)) OF (maxNrOfLAs, maxNrOfSNAs, maxMBMSRA): its upper
 * bound is 64K, so a length determinant holding the count itself (X.691 20.6, 10.9.4.1); no
 * element is reported as the size constraint's violation */
static int per_count_64k(struct tk_per *r, const char *what, size_t *n)
{
	if (tk_per_length(r, what, n))
		return -1;
	if (*n == 0) {
		r->bit -= 8;
		tk_per_fail(r, "%s of no element, SIZE (1..65536)", what);
		return -1;
	}
	return 0;
}

/*
 * ProvidedData ::= CHOICE { shared-network-information Shared-Network-Information, ... } with
 * Shared-Network-Information ::= SEQUENCE { pLMNs-in-shared-network SEQUENCE (SIZE
 * (1..maxNrOfPLMNsSN (32))) OF SEQUENCE { pLMNidentity, lA-LIST SEQUENCE (SIZE (1..maxNrOfLAs
 * (65536))) OF SEQUENCE { lAC, listOF-SNAs SEQUENCE (SIZE (1..maxNrOfSNAs)) OF SNAC,
 * iE-Extensions OPTIONAL, ... }, iE-Extensions OPTIONAL, ... }, iE-Extensions OPTIONAL, ... }
 */
static void dec_provided_data(struct tk_emitter *e, const char *key, struct tk_per *r,
			      const struct ie_kind *k)
{
	uint32_t x, i, y, cnt, z, w, v;
	size_t nla, ns, j, s;
	struct tk_per o;

	(void)k;
	if (tk_per_bits(r, 1, key, &x))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	if (x) {
		if (tk_per_nsnn(r, "ProvidedData extension", &i) == 0 &&
		    tk_per_open(r, "ProvidedData extension", &o) == 0) {
			tk_inner_emit_name(e, "choice", NULL, NULL, "extension alternative",
					   (long)i);
			tk_emit_kv_hex(e, "octets", o.p, o.n);
		}
		tk_emit_close(e, 0);
		return;
	}
	tk_emit_kv_str(e, "choice", "shared-network-information");
	if (tk_per_bits(r, 2, "Shared-Network-Information", &y) ||
	    tk_per_cwn(r, 32, "pLMNs-in-shared-network", &cnt)) {
		tk_emit_close(e, 0);
		return;
	}
	tk_emit_key(e, "plmnsInSharedNetwork");
	tk_emit_open(e, 1);
	for (i = 0; i <= cnt && tk_per_bits(r, 2, "PLMNs-in-shared-network", &z) == 0; i++) {
		tk_emit_open(e, 0);
		emit_plmn(e, r);
		if (per_count_64k(r, "lA-LIST", &nla) == 0) {
			tk_emit_key(e, "laList");
			tk_emit_open(e, 1);
			for (j = 0; j < nla && tk_per_bits(r, 2, "LA-LIST", &w) == 0; j++) {
				tk_emit_open(e, 0);
				emit_u16(e, r, "lac");
				if (per_count_64k(r, "listOF-SNAs", &ns) == 0) {
					tk_emit_key(e, "listOfSnas");
					tk_emit_open(e, 1);
					for (s = 0; s < ns && !r->bad; s++)
						if (tk_per_cwn(r, 65536, "SNAC", &v) == 0)
							tk_emit_long(e, (long)v);
					tk_emit_close(e, 1);
				}
				seq_tail(e, r, w, 1);
				tk_emit_close(e, 0);
			}
			tk_emit_close(e, 1);
		}
		seq_tail(e, r, z, 1);
		tk_emit_close(e, 0);
	}
	tk_emit_close(e, 1);
	seq_tail(e, r, y, 1);
	tk_emit_close(e, 0);
}

/* IMEIList / IMEISVList ::= SEQUENCE (SIZE (1..maxNrOfUEsToBeTraced (64))) OF IMEI / IMEISV */
static void emit_imei_list(struct tk_emitter *e, const char *key, struct tk_per *r)
{
	uint32_t cnt, i;

	if (tk_per_cwn(r, 64, key, &cnt))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 1);
	for (i = 0; i <= cnt && !r->bad; i++) {
		tk_emit_open(e, 0);
		emit_imei(e, "digits", r);
		tk_emit_close(e, 0);
	}
	tk_emit_close(e, 1);
}

/*
 * InformationTransferType ::= CHOICE { rNCTraceInformation RNCTraceInformation, ... } with
 * RNCTraceInformation ::= SEQUENCE { traceReference, traceActivationIndicator ENUMERATED
 * { activated, deactivated }, equipmentsToBeTraced OPTIONAL, iE-Extensions OPTIONAL } (not
 * extensible) and EquipmentsToBeTraced ::= CHOICE { iMEIlist, iMEISVlist, iMEIgroup IMEIGroup,
 * iMEISVgroup IMEISVGroup, ... }, the groups SEQUENCE { iMEI / iMEISV, mask BIT STRING (SIZE
 * (7)), iE-Extensions OPTIONAL }
 */
static void dec_information_transfer_type(struct tk_emitter *e, const char *key, struct tk_per *r,
					  const struct ie_kind *k)
{
	static const char *const eq_names[4] = {
		"iMEIlist", "iMEISVlist", "iMEIgroup", "iMEISVgroup"
	};
	uint32_t x, i, y, a, c, z, m;
	size_t len;
	struct tk_per o;

	(void)k;
	if (tk_per_bits(r, 1, key, &x))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	if (x) {
		if (tk_per_nsnn(r, "InformationTransferType extension", &i) == 0 &&
		    tk_per_open(r, "InformationTransferType extension", &o) == 0) {
			tk_inner_emit_name(e, "choice", NULL, NULL, "extension alternative",
					   (long)i);
			tk_emit_kv_hex(e, "octets", o.p, o.n);
		}
		tk_emit_close(e, 0);
		return;
	}
	tk_emit_kv_str(e, "choice", "rNCTraceInformation");
	if (tk_per_bits(r, 2, "RNCTraceInformation", &y)) {
		tk_emit_close(e, 0);
		return;
	}
	emit_sized_octets(e, "traceReference", r, 2, 3, &len);
	if (tk_per_bits(r, 1, "traceActivationIndicator", &a) == 0)
		tk_emit_kv_str(e, "traceActivationIndicator", a ? "deactivated" : "activated");
	if ((y & 2) && tk_per_bits(r, 1, "equipmentsToBeTraced", &c) == 0) {
		tk_emit_key(e, "equipmentsToBeTraced");
		tk_emit_open(e, 0);
		if (c) {
			if (tk_per_nsnn(r, "EquipmentsToBeTraced extension", &i) == 0 &&
			    tk_per_open(r, "EquipmentsToBeTraced extension", &o) == 0) {
				tk_inner_emit_name(e, "choice", NULL, NULL,
						   "extension alternative", (long)i);
				tk_emit_kv_hex(e, "octets", o.p, o.n);
			}
		} else if (tk_per_cwn(r, 4, "EquipmentsToBeTraced", &i) == 0) {
			tk_emit_kv_str(e, "choice", eq_names[i]);
			if (i < 2) {
				emit_imei_list(e, i ? "imeisvList" : "imeiList", r);
			} else if (tk_per_bits(r, 1, eq_names[i], &z) == 0) {
				emit_imei(e, i == 2 ? "imei" : "imeisv", r);
				if (tk_per_bits(r, 7, "mask", &m) == 0)
					tk_emit_kv_long(e, i == 2 ? "imeiMask" : "imeisvMask",
							(long)m);
				opt_extensions(e, r, z);
			}
		}
		tk_emit_close(e, 0);
	}
	opt_extensions(e, r, y & 1);
	tk_emit_close(e, 0);
}

/* a SEQUENCE (SIZE (1..maxMBMSRA (65536))) OF RAC (8 bits each) */
static void emit_rac_list(struct tk_emitter *e, const char *key, struct tk_per *r)
{
	uint32_t v;
	size_t n, i;

	if (per_count_64k(r, key, &n))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 1);
	for (i = 0; i < n && tk_per_bits(r, 8, "RAC", &v) == 0; i++)
		tk_emit_long(e, (long)v);
	tk_emit_close(e, 1);
}

/* LAListofIdleModeUEs ::= SEQUENCE (SIZE (1..maxMBMSRA)) OF LAI (the extensions
 * LAofIdleModeUEs, newLAListofIdleModeUEs, LAListwithNoIdleModeUEsAnyMore) */
static void dec_lai_list_64k(struct tk_emitter *e, const char *key, struct tk_per *r,
			     const struct ie_kind *k)
{
	size_t n, i;

	(void)k;
	if (per_count_64k(r, key, &n))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 1);
	for (i = 0; i < n && !r->bad; i++) {
		tk_emit_open(e, 0);
		lai_fields(e, r);
		tk_emit_close(e, 0);
	}
	tk_emit_close(e, 1);
}

/* DeltaRAListofIdleModeUEs ::= SEQUENCE { newRAListofIdleModeUEs OPTIONAL,
 * rAListwithNoIdleModeUEsAnyMore OPTIONAL, iE-Extensions OPTIONAL } (not extensible), the
 * lists SEQUENCE (SIZE (1..maxMBMSRA)) OF RAC */
static void dec_delta_ra_list(struct tk_emitter *e, const char *key, struct tk_per *r,
			      const struct ie_kind *k)
{
	uint32_t x;

	(void)k;
	if (tk_per_bits(r, 3, key, &x))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	if (x & 4)
		emit_rac_list(e, "newRaListOfIdleModeUes", r);
	if (x & 2)
		emit_rac_list(e, "raListWithNoIdleModeUesAnyMore", r);
	opt_extensions(e, r, x & 1);
	tk_emit_close(e, 0);
}

/* RAListofIdleModeUEs ::= CHOICE { notEmptyRAListofIdleModeUEs SEQUENCE { rAofIdleModeUEs
 * (SIZE (1..maxMBMSRA)) OF RAC, iE-Extensions OPTIONAL (LAofIdleModeUEs) },
 * emptyFullRAListofIdleModeUEs ENUMERATED { emptylist, fulllist, ... }, ... } */
static void dec_ra_list_idle(struct tk_emitter *e, const char *key, struct tk_per *r,
			     const struct ie_kind *k)
{
	uint32_t x, i, y;
	struct tk_per o;

	(void)k;
	if (tk_per_bits(r, 1, key, &x))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	if (x) {
		if (tk_per_nsnn(r, "RAListofIdleModeUEs extension", &i) == 0 &&
		    tk_per_open(r, "RAListofIdleModeUEs extension", &o) == 0) {
			tk_inner_emit_name(e, "choice", NULL, NULL, "extension alternative",
					   (long)i);
			tk_emit_kv_hex(e, "octets", o.p, o.n);
		}
	} else if (tk_per_bits(r, 1, key, &i) == 0) {
		tk_emit_kv_str(e, "choice", i ? "emptyFullRAListofIdleModeUEs" :
			       "notEmptyRAListofIdleModeUEs");
		if (i) {
			emit_enum(e, "emptyFullRaListOfIdleModeUes", r, empty_full_names, 2, 1);
		} else if (tk_per_bits(r, 1, "NotEmptyRAListofIdleModeUEs", &y) == 0) {
			emit_rac_list(e, "raOfIdleModeUes", r);
			opt_extensions(e, r, y);
		}
	}
	tk_emit_close(e, 0);
}

/* MBMSSynchronisationInformation ::= SEQUENCE { mBMSHCIndicator, iPMulticastAddress, gTPDLTEID
 * GTP-TEI OCTET STRING (SIZE (4)), iE-Extensions OPTIONAL, ... } */
static void dec_mbms_synchronisation(struct tk_emitter *e, const char *key, struct tk_per *r,
				     const struct ie_kind *k)
{
	const uint8_t *q;
	uint32_t x;

	(void)k;
	if (tk_per_bits(r, 2, key, &x))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	emit_enum(e, "mbmsHcIndicator", r, mbms_hc_indicator_names, 2, 1);
	dec_ip_address(e, "ipMulticastAddress", r, NULL);
	q = tk_per_octets(r, 4, "gTPDLTEID");
	if (q)
		tk_emit_kv_long(e, "gtpDlTeid", (long)((uint32_t)q[0] << 24 | (uint32_t)q[1] << 16 |
						       (uint32_t)q[2] << 8 | q[3]));
	seq_tail(e, r, x, 1);
	tk_emit_close(e, 0);
}

/*
 * RIMRoutingAddress ::= CHOICE { targetRNC-ID TargetRNC-ID, gERAN-Cell-ID GERAN-Cell-ID, ...,
 * targeteNB-ID TargetENB-ID } (9.2.3.32) with GERAN-Cell-ID ::= SEQUENCE { lAI, rAC, cI,
 * iE-Extensions OPTIONAL } (not extensible): where the RIM PDU is to go
 */
static void emit_rim_routing_address(struct tk_emitter *e, struct tk_per *r)
{
	uint32_t c, i, g, v;

	if (tk_per_bits(r, 1, "RIMRoutingAddress", &c))
		return;
	tk_emit_key(e, "rimRoutingAddress");
	tk_emit_open(e, 0);
	if (c) {
		target_enb_extension(e, r, "RIMRoutingAddress extension");
	} else if (tk_per_bits(r, 1, "RIMRoutingAddress", &i) == 0) {
		if (i == 0) {
			tk_emit_kv_str(e, "choice", "targetRNC-ID");
			target_rnc_fields(e, r);
		} else {
			tk_emit_kv_str(e, "choice", "gERAN-Cell-ID");
			if (tk_per_bits(r, 1, "GERAN-Cell-ID", &g) == 0) {
				lai_fields(e, r);
				if (tk_per_bits(r, 8, "rAC", &v) == 0)
					tk_emit_kv_long(e, "rac", (long)v);
				emit_u16(e, r, "ci");
				opt_extensions(e, r, g);
			}
		}
	}
	tk_emit_close(e, 0);
}

/*
 * InterSystemInformationTransferType ::= CHOICE { rIM-Transfer RIM-Transfer, ... } (9.2.1.62;
 * one root alternative, so no index bits) with RIM-Transfer ::= SEQUENCE { rIMInformation
 * RIMInformation, rIMRoutingAddress RIMRoutingAddress OPTIONAL, iE-Extensions OPTIONAL } (not
 * extensible, 9.2.3.30).  RIMInformation ::= OCTET STRING holds the TS 48.018 RIM PDU
 * (9.2.3.31): "rimInformation" with the PDU decoded by emit_rim_pdu and its "octets".
 */
static void dec_inter_system_transfer_type(struct tk_emitter *e, const char *key,
					   struct tk_per *r, const struct ie_kind *k)
{
	uint32_t x, i, y;
	const uint8_t *q;
	struct tk_per o;
	size_t len;

	(void)k;
	if (tk_per_bits(r, 1, key, &x))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	if (x) {
		if (tk_per_nsnn(r, "InterSystemInformationTransferType extension", &i) == 0 &&
		    tk_per_open(r, "InterSystemInformationTransferType extension", &o) == 0) {
			tk_inner_emit_name(e, "choice", NULL, NULL, "extension alternative",
					   (long)i);
			tk_emit_kv_hex(e, "octets", o.p, o.n);
		}
		tk_emit_close(e, 0);
		return;
	}
	tk_emit_kv_str(e, "choice", "rIM-Transfer");
	if (tk_per_bits(r, 2, "RIM-Transfer", &y) == 0 &&
	    (q = tk_per_octet_string(r, "rIMInformation", &len)) != NULL) {
		tk_emit_key(e, "rimInformation");
		tk_emit_open(e, 0);
		emit_rim_pdu(e, q, len, r->base + (size_t)(q - r->p), r->er);
		tk_emit_kv_hex(e, "octets", q, len);
		tk_emit_close(e, 0);
		if (y & 2)
			emit_rim_routing_address(e, r);
		opt_extensions(e, r, y & 1);
	}
	tk_emit_close(e, 0);
}

/*
 * InformationRequested ::= CHOICE { requestedMBMSIPMulticastAddressandAPNRequest SEQUENCE (SIZE
 * (1..maxnoofMulticastServicesPerRNC (512))) OF MBMSIPMulticastAddressandAPNlist,
 * requestedMulticastServiceList SEQUENCE (SIZE (1..maxnoofMulticastServicesPerUE (128))) OF
 * TMGI, ... } (9.2.1.74) with MBMSIPMulticastAddressandAPNlist ::= SEQUENCE { tMGI,
 * iPMulticastAddress, aPN, iE-Extensions OPTIONAL, ... }; and
 * InformationRequestType ::= CHOICE { mBMSIPMulticastAddressandAPNRequest SEQUENCE (SIZE
 * (1..512)) OF TMGI, permanentNAS-UE-ID PermanentNAS-UE-ID, ... } (9.2.1.73).  A count of
 * 512 values takes two aligned octets (X.691 10.9.4.1, 10.5.7.3), of 128 values 7 bits.
 */
static void emit_tmgi_list(struct tk_emitter *e, const char *key, struct tk_per *r,
			   uint32_t range)
{
	uint32_t cnt, i, x;

	if (tk_per_cwn(r, range, key, &cnt))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 1);
	for (i = 0; i <= cnt && tk_per_bits(r, 1, "TMGI", &x) == 0; i++) {
		tk_emit_open(e, 0);
		tmgi_fields(e, r, x);
		tk_emit_close(e, 0);
	}
	tk_emit_close(e, 1);
}

static void dec_information_requested(struct tk_emitter *e, const char *key, struct tk_per *r,
				      const struct ie_kind *k)
{
	uint32_t x, i, cnt, j, y;
	struct tk_per o;

	if (tk_per_bits(r, 1, key, &x))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	if (x) {
		if (tk_per_nsnn(r, "CHOICE extension", &i) == 0 &&
		    tk_per_open(r, "CHOICE extension", &o) == 0) {
			tk_inner_emit_name(e, "choice", NULL, NULL, "extension alternative",
					   (long)i);
			tk_emit_kv_hex(e, "octets", o.p, o.n);
		}
	} else if (tk_per_bits(r, 1, key, &i)) {
		;
	} else if (k->nroot == 0 && i) {	/* InformationRequested */
		tk_emit_kv_str(e, "choice", "requestedMulticastServiceList");
		emit_tmgi_list(e, "tmgis", r, 128);
	} else if (k->nroot == 0) {
		tk_emit_kv_str(e, "choice", "requestedMBMSIPMulticastAddressandAPNRequest");
		if (tk_per_cwn(r, 512, "RequestedMBMSIPMulticastAddressandAPNRequest", &cnt) == 0) {
			tk_emit_key(e, "mbmsIpMulticastAddressAndApnList");
			tk_emit_open(e, 1);
			for (j = 0; j <= cnt && tk_per_bits(r, 2, "MBMSIPMulticastAddressandAPNlist",
							    &y) == 0; j++) {
				tk_emit_open(e, 0);
				emit_tmgi(e, "tmgi", r);
				dec_ip_address(e, "ipMulticastAddress", r, NULL);
				dec_apn(e, "apn", r, NULL);
				seq_tail(e, r, y, 1);
				tk_emit_close(e, 0);
			}
			tk_emit_close(e, 1);
		}
	} else if (i) {				/* InformationRequestType */
		tk_emit_kv_str(e, "choice", "permanentNAS-UE-ID");
		if (tk_per_bits(r, 1, "PermanentNAS-UE-ID", &y) == 0) {
			tk_emit_key(e, "permanentNasUeId");
			tk_emit_open(e, 0);
			permanent_nas_ue_id_fields(e, r, y);
			tk_emit_close(e, 0);
		}
	} else {
		tk_emit_kv_str(e, "choice", "mBMSIPMulticastAddressandAPNRequest");
		emit_tmgi_list(e, "tmgis", r, 512);
	}
	tk_emit_close(e, 0);
}

/*
 * Global-ENB-ID ::= SEQUENCE { pLMNidentity, eNB-ID ENB-ID, iE-Extensions OPTIONAL, ... } (TS
 * 36.413 9.2.1.37; RANAP's ENB-ID is the same CHOICE), the fields into the object open
 */
static void emit_global_enb_id_fields(struct tk_emitter *e, struct tk_per *r)
{
	uint32_t x;

	if (tk_per_bits(r, 2, "Global-ENB-ID", &x))
		return;
	emit_plmn(e, r);
	emit_enb_id(e, r);
	if (x & 1)
		emit_fields(e, r, "extensions", 1, 1);
	if ((x & 2) && !r->bad)
		tk_per_additions(e, r);
}

/*
 * IEs whose ID RANAP-Constants defines but which no message of TS 25.413 (V14.0.0, V16.0.0)
 * carries, so the standard binds no type to them: id-Global-ENB-ID (199), id-SourceExtendedRNC-ID
 * (208), id-SourceRNC-ID (211).  They are decoded with the type their name denotes (the TS
 * 36.413 Global-ENB-ID, RANAP's ExtendedRNC-ID and SourceRNC-ID) and say "typeAssumed": true;
 * a value of another type shows as the error of that decoding, beside its octets.
 */
static void dec_assumed(struct tk_emitter *e, const char *key, struct tk_per *r,
			const struct ie_kind *k)
{
	uint32_t v, x;

	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	tk_emit_kv_bool(e, "typeAssumed", 1);
	switch (k->id) {
	case 199:
		emit_global_enb_id_fields(e, r);
		break;
	case 208:	/* ExtendedRNC-ID ::= INTEGER (4096..65535) */
		if (tk_per_cwn(r, 61440, key, &v) == 0)
			tk_emit_kv_long(e, "extendedRncId", 4096 + (long)v);
		break;
	default:	/* SourceRNC-ID ::= SEQUENCE { pLMNidentity, rNC-ID, iE-Extensions
			 * OPTIONAL } (not extensible) */
		if (tk_per_bits(r, 1, "SourceRNC-ID", &x) == 0) {
			emit_plmn(e, r);
			emit_rnc_id(e, r);
			opt_extensions(e, r, x);
		}
		break;
	}
	tk_emit_close(e, 0);
}

/*
 * UE-Application-Layer-Measurement-Capability (294, InitialUE-Message) and
 * UeApplicationLayerMeasurementSupportIndication (295, TargetRNC-ToSourceRNC-Transparent
 * Container) ::= BIT STRING (SIZE (8)): 8 bits, not aligned (X.691 16.9); the first bit QoE
 * Measurement for streaming service, the second for MSTI service, the others spare (set to 0,
 * ignored by the receiver: not checked)
 */
static void dec_qoe_bits(struct tk_emitter *e, const char *key, struct tk_per *r,
			 const struct ie_kind *k)
{
	uint32_t v;

	(void)k;
	if (tk_per_bits(r, 8, key, &v))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	tk_emit_kv_long(e, "bits", (long)v);
	tk_emit_kv_bool(e, "qoeMeasurementForStreamingService", (v >> 7) & 1);
	tk_emit_kv_bool(e, "qoeMeasurementForMstiService", (v >> 6) & 1);
	tk_emit_close(e, 0);
}

/* SRVCCSource ::= ENUMERATED { v5G, ... } (an extension of the source RNC container) */
static const struct tk_value_string srvcc_source_names[] = {
	{ 0, "v5G" },
	{ 0, NULL }
};

/*
 * MBMSServiceArea ::= OCTET STRING (9.2.3.41): the MBMS-Service-Area AVP of TS 29.061 17.7.6
 * without its header: the number N of MBMS service area codes as N - 1 (octet 1), then the N
 * codes, the MBMS Service Area Identities of TS 23.003 15.3, 2 octets each.  A length other
 * than 1 + 2N is reported; the codes that are there are listed.
 */
static void dec_mbms_service_area(struct tk_emitter *e, const char *key, struct tk_per *r,
				  const struct ie_kind *k)
{
	const uint8_t *q;
	size_t len, cnt, i, base;

	(void)k;
	q = tk_per_octet_string(r, key, &len);
	if (!q)
		return;
	base = r->base + (size_t)(q - r->p);
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	if (len == 0) {
		tk_inner_fail(r->er, base, "an MBMS Service Area of no octets, it has the number "
			      "of its codes and 1 to 256 codes");
	} else {
		cnt = (size_t)q[0] + 1;
		tk_emit_kv_long(e, "numberOfServiceAreaCodes", (long)cnt);
		tk_emit_key(e, "serviceAreaCodes");
		tk_emit_open(e, 1);
		for (i = 0; i < cnt && 3 + 2 * i <= len; i++)
			tk_emit_long(e, (long)q[1 + 2 * i] << 8 | q[2 + 2 * i]);
		tk_emit_close(e, 1);
		if (len != 1 + 2 * cnt)
			tk_inner_fail(r->er, base + (len < 1 + 2 * cnt ? len : 1 + 2 * cnt),
				      "an MBMS Service Area of %zu octets, its %zu code(s) take %zu",
				      len, cnt, 1 + 2 * cnt);
	}
	tk_emit_kv_hex(e, "octets", q, len);
	tk_emit_close(e, 0);
}

/* CivicAddress ::= OCTET STRING (9.2.3.59): a UTF-8 PIDF-LO XML document, decoded by mdt.c
 * (as the UtranCivicAddress of TS 29.002 that carries the same value) into an object with
 * its own "hex" and "error" */
static void dec_civic_address(struct tk_emitter *e, const char *key, struct tk_per *r,
			      const struct ie_kind *k)
{
	const uint8_t *q;
	size_t len;

	(void)k;
	q = tk_per_octet_string(r, key, &len);
	if (!q)
		return;
	tk_emit_key(e, key);
	tk_emit_utran_civic_address(e, q, len);
}

static void dec_ranap_message(struct tk_emitter *e, const char *key, struct tk_per *r,
			      const struct ie_kind *k);

/*
 * UE-History-Information ::= OCTET STRING (IE 200, an extension of the source RNC container):
 * the TS 36.413 9.2.1.42 UE-HistoryInformation of a UE coming from E-UTRAN.  The octets stay
 * under key as before; the S1AP value (s1ap.c) is added under "s1ap".
 */
static void dec_ue_history(struct tk_emitter *e, const char *key, struct tk_per *r,
			   const struct ie_kind *k)
{
	const uint8_t *q;
	size_t len;

	(void)k;
	q = tk_per_octet_string(r, key, &len);
	if (!q)
		return;
	tk_emit_kv_hex(e, key, q, len);
	tk_emit_key(e, "s1ap");
	tk_emit_s1ap_type(e, TK_S1AP_UE_HISTORY_INFORMATION, q, len);
}

/* the IE values decoded here; others are listed with their octets only */
static const struct ie_kind ie_kinds[] = {
	{ 0, "areaIdentity", dec_area_identity, NULL, 0, 0 },
	{ 3, "cnDomainIndicator", dec_enum, cn_domain_names, 2, 0 },
	{ 4, "cause", dec_cause, NULL, 0, 0 },
	{ 5, "chosenEncryptionAlgorithm", dec_alg, encryption_alg_names, 0, 0 },
	{ 6, "chosenIntegrityProtectionAlgorithm", dec_alg, integrity_alg_names, 0, 0 },
	{ 7, "classmarkInformation2", dec_classmark, NULL, 2, 0 },
	{ 8, "classmarkInformation3", dec_classmark, NULL, 3, 0 },
	{ 9, "criticalityDiagnostics", dec_crit_diag, NULL, 0, 0 },
	{ 10, "dlGtpPduSequenceNumber", dec_u16, NULL, 0, 0 },
	{ 11, "encryptionInformation", dec_security, encryption_alg_names, 0, 0 },
	{ 12, "integrityProtectionInformation", dec_security, integrity_alg_names, 0, 0 },
	{ 13, "iuTransportAssociation", dec_iu_ta, NULL, 0, 0 },
	{ 14, "l3Information", dec_nas_pdu, NULL, 0, 0 },
	{ 15, "lai", dec_lai, NULL, 0, 0 },
	{ 16, "nasPdu", dec_nas_pdu, NULL, 0, 0 },
	{ 17, "nonSearchingIndication", dec_enum, non_searching_names, 2, 0 },
	{ 18, "numberOfSteps", dec_int, NULL, 16, 1 },
	{ 19, "omcId", dec_sized_octets, NULL, 22, 3 },
	{ 20, "oldBssToNewBssInformation", dec_bssmap_value, NULL, 0x3a, 0 },
	{ 21, "pagingAreaId", dec_paging_area_id, NULL, 0, 0 },
	{ 22, "pagingCause", dec_enum, paging_cause_names, 5, 1 },
	{ 23, "permanentNasUeId", dec_permanent_nas_ue_id, NULL, 0, 0 },
	{ 25, "rabs", dec_rab_list, NULL, 0, 0 },
	{ 28, "rabs", dec_rab_list, NULL, 0, 0 },
	{ 29, "rabs", dec_rab_list, NULL, 0, 0 },
	{ 31, "rabs", dec_rab_list, NULL, 0, 0 },
	{ 33, "rabs", dec_rab_list, NULL, 0, 0 },
	{ 35, "rabs", dec_rab_list, NULL, 0, 0 },
	{ 36, "rabId", dec_rab_id, NULL, 0, 0 },
	{ 38, "rabs", dec_rab_list, NULL, 0, 0 },
	{ 39, "rabs", dec_rab_list, NULL, 0, 0 },
	{ 41, "rabs", dec_rab_list, NULL, 0, 0 },
	{ 43, "rabs", dec_rab_list, NULL, 0, 0 },
	{ 44, "rabs", dec_rab_list, NULL, 0, 0 },
	{ 46, "rabs", dec_rab_list, NULL, 0, 0 },
	{ 49, "rabs", dec_rab_list, NULL, 0, 0 },
	{ 50, "rabs", dec_rab_list, NULL, 0, 0 },
	{ 52, "rabs", dec_rab_list, NULL, 0, 0 },
	{ 54, "rabs", dec_rab_pair_list, NULL, 0, 0 },
	{ 55, "rac", dec_rac, NULL, 0, 0 },
	{ 56, "relocationType", dec_enum, relocation_type_names, 2, 1 },
	{ 57, "requestType", dec_request_type, NULL, 0, 0 },
	{ 58, "sai", dec_sai, NULL, 0, 0 },
	{ 59, "sapi", dec_enum, sapi_names, 2, 1 },
	{ 60, "sourceId", dec_source_id, NULL, 0, 0 },
	{ 61, "sourceToTargetTransparentContainer", dec_transparent, NULL, 1, 0 },
	{ 62, "targetId", dec_target_id, NULL, 0, 0 },
	{ 63, "targetToSourceTransparentContainer", dec_transparent, NULL, 0, 0 },
	{ 64, "temporaryUeId", dec_temporary_ue_id, NULL, 0, 0 },
	{ 65, "traceReference", dec_sized_octets, NULL, 3, 2 },
	{ 66, "traceType", dec_octet, NULL, 0, 0 },
	{ 67, "transportLayerAddress", dec_tla, NULL, 0, 0 },
	{ 68, "triggerId", dec_sized_octets, NULL, 22, 3 },
	{ 69, "ueId", dec_ue_id, NULL, 0, 0 },
	{ 70, "ulGtpPduSequenceNumber", dec_u16, NULL, 0, 0 },
	{ 72, "rabs", dec_rab_list, NULL, 0, 0 },
	{ 75, "keyStatus", dec_enum, key_status_names, 2, 1 },
	{ 76, "drxCycleLengthCoefficient", dec_drx, NULL, 0, 0 },
	{ 77, "iuSigConIdList", dec_rab_list, NULL, 250, 0 },
	{ 79, "iuSigConId", dec_iu_sig_con_id, NULL, 0, 0 },
	{ 81, "directTransferInformationList", dec_rab_list, NULL, 15, 0 },
	{ 83, "rabs", dec_rab_list, NULL, 0, 0 },
	{ 85, "rabs", dec_rab_list, NULL, 0, 0 },
	{ 86, "globalRncId", dec_global_rnc, NULL, 0, 0 },
	{ 88, "messageStructure", dec_message_structure, NULL, 0, 0 },
	{ 89, "altRabParameters", dec_alt_rab_parameters, NULL, 0, 0 },
	{ 90, "assRabParameters", dec_ass_rab_parameters, NULL, 0, 0 },
	{ 91, "rabs", dec_rab_list, NULL, 0, 0 },
	{ 93, "typeOfError", dec_enum, type_of_error_names, 2, 1 },
	{ 94, "broadcastAssistanceDataDecipheringKeys", dec_deciphering_keys, NULL, 0, 0 },
	{ 95, "locationRelatedDataRequestType", dec_location_related_request, NULL, 0, 0 },
	{ 96, "globalCnId", dec_global_cn_id, NULL, 0, 0 },
	{ 97, "lastKnownServiceArea", dec_last_known_sa, NULL, 0, 0 },
	{ 98, "srbTrchMapping", dec_srb_trch_mapping, NULL, 0, 0 },
	{ 99, "interSystemInformationTransparentContainer", dec_inter_system_info, NULL, 0, 0 },
	{ 100, "newBssToOldBssInformation", dec_bssmap_value, NULL, 0x61, 0 },
	/* an RRC-Container (9.2.1.54) whose TS 25.331 type neither TS 25.413 nor TS 25.331
	 * names: hex */
	{ 103, "sourceRncPdcpContextInfo", dec_octets, NULL, 0, 0 },
	{ 104, "informationTransferId", dec_int, NULL, 1048576, 0 },
	{ 105, "snaAccessInformation", dec_sna_access, NULL, 0, 0 },
	{ 106, "providedData", dec_provided_data, NULL, 0, 0 },
	{ 107, "geranBscContainer", dec_bssmap_value, NULL, 0x54, 0 },
	{ 108, "geranClassmark", dec_bssmap_value, NULL, 0x53, 0 },
	{ 110, "rabs", dec_rab_list, NULL, 0, 0 },
	{ 111, "verticalAccuracyCode", dec_int, NULL, 128, 0 },
	{ 112, "responseTime", dec_enum, response_time_names, 2, 1 },
	{ 113, "positioningPriority", dec_enum, positioning_priority_names, 2, 1 },
	{ 114, "clientType", dec_enum, client_type_names, 8, 1 },
	{ 115, "locationRelatedDataRequestTypeSpecificToGeranIuMode", dec_enum,
	  geran_location_data_names, 3, 1 },
	{ 116, "signallingIndication", dec_enum, signalling_indication_names, 1, 1 },
	{ 117, "hsDschMacDFlowId", dec_int, NULL, 8, 0 },
	{ 118, "uesbiIu", dec_uesbi_iu, NULL, 0, 0 },
	{ 119, "positionData", dec_position_data, NULL, 0, 0 },
	/* the TS 49.031 positioning data of GERAN Iu mode, which tcapkit does not decode: hex */
	{ 120, "positionDataSpecificToGeranIuMode", dec_octets, NULL, 0, 0 },
	{ 121, "cellLoadInformationGroup", dec_cell_load_group, NULL, 0, 0 },
	{ 122, "accuracyFulfilmentIndicator", dec_enum, accuracy_fulfilment_names, 2, 1 },
	{ 123, "informationTransferType", dec_information_transfer_type, NULL, 0, 0 },
	{ 124, "traceRecordingSessionInformation", dec_trace_recording, NULL, 0, 0 },
	{ 125, "tracePropagationParameters", dec_trace_propagation, NULL, 0, 0 },
	{ 126, "interSystemInformationTransferType", dec_inter_system_transfer_type, NULL, 0, 0 },
	{ 127, "selectedPlmnId", dec_plmn, NULL, 0, 0 },
	{ 128, "redirectionCompleted", dec_enum, redirection_completed_names, 1, 1 },
	{ 129, "redirectionIndication", dec_ie_container, NULL, 0, 0 },
	{ 130, "nasSequenceNumber", dec_bits2, NULL, 0, 0 },
	{ 131, "rejectCauseValue", dec_enum, reject_cause_names, 6, 1 },
	{ 132, "apn", dec_apn, NULL, 0, 0 },
	{ 133, "cnMbmsLinkingInformation", dec_cn_mbms_linking, NULL, 0, 0 },
	{ 134, "deltaRaListOfIdleModeUes", dec_delta_ra_list, NULL, 0, 0 },
	{ 135, "frequenceLayerConvergenceFlag", dec_enum, flc_flag_names, 1, 1 },
	{ 136, "informationExchangeId", dec_int, NULL, 1048576, 0 },
	{ 137, "informationExchangeType", dec_enum, information_exchange_type_names, 2, 1 },
	{ 138, "informationRequested", dec_information_requested, NULL, 0, 0 },
	{ 139, "informationRequestType", dec_information_requested, NULL, 1, 0 },
	{ 140, "ipMulticastAddress", dec_ip_address, NULL, 0, 0 },
	{ 141, "joinedMbmsBearerServiceIes", dec_mbms_service_list, NULL, MBMS_JOINED, 0 },
	{ 142, "leftMbmsBearerServiceIes", dec_mbms_service_list, NULL, MBMS_LEFT, 0 },
	{ 143, "mbmsBearerServiceType", dec_enum, mbms_bearer_service_type_names, 2, 1 },
	{ 144, "mbmsCnDeRegistration", dec_enum, mbms_cn_deregistration_names, 2, 1 },
	{ 145, "mbmsServiceArea", dec_mbms_service_area, NULL, 0, 0 },
	{ 146, "mbmsSessionDuration", dec_fixed_octets, NULL, 3, 0 },
	{ 147, "mbmsSessionIdentity", dec_octet, NULL, 0, 0 },
	{ 148, "pdpTypeInformation", dec_pdp_types, pdp_type_names, 5, 0 },
	{ 149, "rabParameters", dec_rab_parameters, NULL, 0, 0 },
	{ 150, "raListOfIdleModeUes", dec_ra_list_idle, NULL, 0, 0 },
	{ 151, "mbmsRegistrationRequestType", dec_enum, mbms_registration_request_names, 2, 1 },
	{ 152, "sessionUpdateId", dec_int, NULL, 1048576, 0 },
	{ 153, "tmgi", dec_tmgi, NULL, 0, 0 },
	{ 154, "transportLayerInformation", dec_tli, NULL, 0, 0 },
	{ 155, "unsuccessfulLinkingIes", dec_mbms_service_list, NULL, MBMS_UNSUCCESSFUL, 0 },
	{ 156, "mbmsLinkingInformation", dec_enum, mbms_linking_names, 1, 1 },
	{ 157, "mbmsSessionRepetitionNumber", dec_octet, NULL, 0, 0 },
	{ 158, "alternativeRabConfiguration", dec_rab_parameters, NULL, 0, 0 },
	{ 159, "alternativeRabConfigurationRequest", dec_enum, alt_rab_request_names, 1, 1 },
	{ 160, "eDchMacDFlowId", dec_int, NULL, 8, 0 },
	{ 161, "sourceBssToTargetBssTransparentContainer", dec_bss_container, NULL, 0, 0 },
	{ 162, "targetBssToSourceBssTransparentContainer", dec_bss_container, NULL, 0, 0 },
	{ 163, "timeToMbmsDataTransfer", dec_octet, NULL, 0, 0 },
	{ 164, "includeVelocity", dec_enum, include_velocity_names, 1, 0 },
	{ 165, "velocityEstimate", dec_velocity_estimate, NULL, 0, 0 },
	{ 166, "redirectAttemptFlag", dec_null, NULL, 0, 0 },
	{ 167, "ratType", dec_enum, rat_type_names, 2, 1 },
	{ 168, "periodicLocationInfo", dec_periodic_location, NULL, 0, 0 },
	{ 169, "mbmsCountingInformation", dec_enum, mbms_counting_names, 2, 1 },
	{ 171, "extendedRncId", dec_extended_rnc_id, NULL, 0, 0 },
	{ 172, "altRabParameterExtendedGuaranteedBitrateInf", dec_alt_bitrates, NULL, 0, 0 },
	{ 173, "altRabParameterExtendedMaxBitrateInf", dec_alt_bitrates, NULL, 1, 0 },
	{ 174, "assRabParameterExtendedGuaranteedBitrateList", dec_bitrates, NULL, 0, 0 },
	{ 175, "assRabParameterExtendedMaxBitrateList", dec_bitrates, NULL, 0, 0 },
	{ 176, "rabParameterExtendedGuaranteedBitrateList", dec_bitrates, NULL, 0, 0 },
	{ 177, "rabParameterExtendedMaxBitrateList", dec_bitrates, NULL, 0, 0 },
	{ 178, "requestedRabParameterExtendedMaxBitrateList", dec_bitrates, NULL, 0, 0 },
	{ 179, "requestedRabParameterExtendedGuaranteedBitrateList", dec_bitrates, NULL, 0, 0 },
	{ 180, "laOfIdleModeUes", dec_lai_list_64k, NULL, 0, 0 },
	{ 181, "newLaListOfIdleModeUes", dec_lai_list_64k, NULL, 0, 0 },
	{ 182, "laListWithNoIdleModeUesAnyMore", dec_lai_list_64k, NULL, 0, 0 },
	{ 184, "ganssPositioningDataSet", dec_octet_set, NULL, 9, 0 },
	{ 185, "requestedGanssAssistanceData", dec_sized_octets, NULL, 201, 1 },
	{ 186, "broadcastGanssAssistanceDataDecipheringKeys", dec_deciphering_keys, NULL, 0, 0 },
	{ 187, "dRntiForNoIuCsUp", dec_d_rnti, NULL, 0, 0 },
	{ 188, "rabs", dec_rab_list, NULL, 0, 0 },
	{ 190, "rabs", dec_rab_list, NULL, 0, 0 },
	{ 192, "rabs", dec_rab_list, NULL, 0, 0 },
	{ 194, "rabs", dec_rab_list, NULL, 0, 0 },
	{ 196, "oldIuSigConId", dec_iu_sig_con_id, NULL, 0, 0 },
	{ 197, "rabs", dec_rab_list, NULL, 0, 0 },
	{ 199, "globalEnbId", dec_assumed, NULL, 0, 0 },
	/* a TS 36.413 (S1AP) UE-HistoryInformation, which tcapkit does not decode: hex */
	{ 200, "ueHistoryInformation", dec_ue_history, NULL, 0, 0 },
	{ 201, "mbmsSynchronisationInformation", dec_mbms_synchronisation, NULL, 0, 0 },
	{ 202, "subscriberProfileIdForRfp", dec_int, NULL, 256, 1 },
	{ 203, "csgId", dec_csg_id, NULL, 0, 0 },
	{ 204, "oldIuSigConIdCs", dec_iu_sig_con_id, NULL, 0, 0 },
	{ 205, "oldIuSigConIdPs", dec_iu_sig_con_id, NULL, 0, 0 },
	{ 206, "globalCnIdCs", dec_global_cn_id, NULL, 0, 0 },
	{ 207, "globalCnIdPs", dec_global_cn_id, NULL, 0, 0 },
	{ 208, "sourceExtendedRncId", dec_assumed, NULL, 0, 0 },
	{ 210, "rabs", dec_rab_list, NULL, 0, 0 },
	{ 211, "sourceRncId", dec_assumed, NULL, 0, 0 },
	{ 212, "relocationTargetRncId", dec_global_rnc, NULL, 0, 0 },
	{ 213, "relocationTargetExtendedRncId", dec_extended_rnc_id, NULL, 0, 0 },
	{ 214, "altRabParameterSupportedGuaranteedBitrateInf", dec_alt_bitrates, NULL, 0, 1 },
	{ 215, "altRabParameterSupportedMaxBitrateInf", dec_alt_bitrates, NULL, 1, 1 },
	{ 216, "assRabParameterSupportedGuaranteedBitrateList", dec_bitrates, NULL, 1, 0 },
	{ 217, "assRabParameterSupportedMaxBitrateList", dec_bitrates, NULL, 1, 0 },
	{ 218, "rabParameterSupportedGuaranteedBitrateList", dec_bitrates, NULL, 1, 0 },
	{ 219, "rabParameterSupportedMaxBitrateList", dec_bitrates, NULL, 1, 0 },
	{ 220, "requestedRabParameterSupportedMaxBitrateList", dec_bitrates, NULL, 1, 0 },
	{ 221, "requestedRabParameterSupportedGuaranteedBitrateList", dec_bitrates, NULL, 1, 0 },
	{ 222, "relocationSourceRncId", dec_global_rnc, NULL, 0, 0 },
	{ 223, "relocationSourceExtendedRncId", dec_extended_rnc_id, NULL, 0, 0 },
	{ 224, "encryptionKey", dec_key128, NULL, 0, 0 },
	{ 225, "integrityProtectionKey", dec_key128, NULL, 0, 0 },
	{ 226, "srvccHoIndication", dec_enum, srvcc_ho_names, 2, 1 },
	{ 227, "srvccInformation", dec_srvcc_information, NULL, 0, 0 },
	{ 228, "srvccOperationPossible", dec_enum, srvcc_possible_names, 1, 1 },
	{ 229, "csgIdList", dec_csg_id_list, NULL, 0, 0 },
	{ 230, "psRabToBeReplaced", dec_rab_id, NULL, 0, 0 },
	{ 231, "eUtranServiceHandover", dec_enum, eutran_service_handover_names, 1, 1 },
	{ 233, "ueAggregateMaximumBitRate", dec_ue_ambr, NULL, 0, 0 },
	{ 234, "csgMembershipStatus", dec_enum, csg_membership_names, 2, 1 },
	{ 235, "cellAccessMode", dec_enum, cell_access_mode_names, 1, 1 },
	{ 236, "ipSourceAddress", dec_ip_address, NULL, 0, 0 },
	{ 237, "csfbInformation", dec_enum, csfb_information_names, 2, 1 },
	{ 238, "pdpTypeInformationExtension", dec_pdp_types, pdp_type_extension_names, 1, 0 },
	{ 239, "msisdn", dec_msisdn, NULL, 0, 0 },
	{ 240, "offloadRabParameters", dec_offload_rab_parameters, NULL, 0, 0 },
	{ 241, "lgwTransportLayerAddress", dec_tla, NULL, 0, 0 },
	{ 242, "correlationId", dec_fixed_octets, NULL, 4, 0 },
	{ 243, "iratMeasurementConfiguration", dec_irat_measurement, NULL, 0, 0 },
	{ 244, "mdtConfiguration", dec_mdt_configuration, NULL, 0, 0 },
	{ 245, "priorityClassIndicator", dec_u8, NULL, 0, 0 },
	{ 247, "rnsapRelocationParameters", dec_rnsap_relocation_parameters, NULL, 0, 0 },
	{ 248, "rabParametersList", dec_rab_parameters_list, NULL, 0, 0 },
	{ 249, "managementBasedMdtAllowed", dec_enum, mdt_allowed_names, 1, 1 },
	{ 250, "higherBitratesThan16MbpsFlag", dec_enum, higher_bitrates_names, 2, 1 },
	{ 251, "traceCollectionEntityIpAddress", dec_tla, NULL, 0, 0 },
	{ 252, "endOfCsfb", dec_enum, end_of_csfb_names, 1, 1 },
	{ 253, "timeUeStayedInCellEnhancedGranularity", dec_int, NULL, 40951, 0 },
	{ 254, "outOfUtran", dec_enum, out_of_utran_names, 1, 1 },
	{ 255, "traceRecordingSessionReference", dec_u16, NULL, 0, 0 },
	{ 256, "imsi", dec_imsi, NULL, 0, 0 },
	{ 257, "hoCause", dec_cause, NULL, 0, 0 },
	{ 258, "voiceSupportMatchIndicator", dec_enum, voice_support_names, 2, 1 },
	{ 259, "rsrvccHoIndication", dec_enum, rsrvcc_ho_names, 1, 1 },
	{ 260, "rsrvccInformation", dec_srvcc_information, NULL, 1, 0 },
	{ 261, "anchorPlmnId", dec_plmn, NULL, 0, 0 },
	{ 262, "tunnelInformationForBbf", dec_tunnel_information, NULL, 0, 0 },
	{ 263, "managementBasedMdtPlmnList", dec_plmn_list, NULL, 0, 0 },
	{ 264, "signallingBasedMdtPlmnList", dec_plmn_list, NULL, 0, 0 },
	{ 265, "m4Report", dec_mn_report, NULL, 4, 0 },
	{ 266, "m5Report", dec_mn_report, NULL, 5, 0 },
	{ 267, "m6Report", dec_mn_report, NULL, 6, 0 },
	{ 268, "m7Report", dec_mn_report, NULL, 7, 0 },
	{ 269, "timingDifferenceUlDl", dec_octet, NULL, 0, 0 },
	{ 270, "servingCellIdentifier", dec_utran_cell_id, NULL, 0, 0 },
	{ 271, "earfcnExtended", dec_ext_int, NULL, 196608, 65536 },
	{ 272, "rsrvccOperationPossible", dec_enum, rsrvcc_possible_names, 1, 1 },
	{ 273, "siptoLgwTransportLayerAddress", dec_tla, NULL, 0, 0 },
	{ 274, "siptoCorrelationId", dec_fixed_octets, NULL, 4, 0 },
	{ 275, "lhnId", dec_sized_octets, NULL, 256, 32 },
	{ 276, "sessionReEstablishmentIndicator", dec_enum, true_names, 1, 1 },
	{ 277, "lastEUtranPlmnIdentity", dec_plmn, NULL, 0, 0 },
	{ 278, "rsrqType", dec_rsrq_type, NULL, 0, 0 },
	{ 279, "rsrqExtension", dec_ext_int, NULL, 77, -30 },
	{ 280, "additionalCspsCoordinationInformation", dec_csps_coordination, NULL, 0, 0 },
	{ 281, "ueRegistrationQueryResult", dec_ue_registration_query_result, NULL, 0, 0 },
	{ 282, "iuSigConIdRangeEnd", dec_iu_sig_con_id, NULL, 0, 0 },
	{ 283, "barometricPressure", dec_int, NULL, 85001, 30000 },
	{ 284, "additionalPositioningDataSet", dec_octet_set, NULL, 8, 0 },
	{ 285, "civicAddress", dec_civic_address, NULL, 0, 0 },
	{ 286, "sgsnGroupIdentity", dec_sgsn_group, NULL, 0, 0 },
	{ 287, "pTmsi", dec_fixed_octets, NULL, 4, 0 },
	{ 288, "ranapMessage", dec_ranap_message, NULL, 0, 0 },
	{ 289, "powerSavingIndicator", dec_enum, power_saving_names, 2, 1 },
	{ 290, "ueUsageType", dec_int, NULL, 256, 0 },
	{ 291, "dcnId", dec_u16, NULL, 0, 0 },
	{ 292, "ueApplicationLayerMeasurementConfiguration", dec_qoe_configuration, NULL, 0, 0 },
	{ 293, "ueApplicationLayerMeasurementConfigurationForRelocation", dec_qoe_configuration,
	  NULL, 1, 0 },
	{ 294, "ueApplicationLayerMeasurementCapability", dec_qoe_bits, NULL, 0, 0 },
	{ 295, "ueApplicationLayerMeasurementSupportIndication", dec_qoe_bits, NULL, 0, 0 },
	{ 296, "srvccSource", dec_enum, srvcc_source_names, 1, 1 },
	{ 0, NULL, NULL, NULL, 0, 0 }
};

/* ---- containers and the PDU ------------------------------------------------------------------ */

/*
 * ProtocolIE-Container (SIZE (0..65535)) or ProtocolExtensionContainer (SIZE (1..65535))
 * (RANAP-Containers): the count in two aligned octets (the count - 1 for the extension
 * container), then per field { id INTEGER (0..65535), criticality, value open type }.
 * The extension IDs are taken from the same RANAP-Constants list as the IE IDs.  With
 * decode, the values of ie_kinds are decoded, down to RANAP_MAX_DEPTH open types, and with
 * only (a list ending in 0) only the values of the IDs it lists.
 */
static const char *ie_name(const struct tk_per_fields *f, uint32_t id)
{
	(void)f;
	return tk_vs_name(ie_names, (long)id);
}

/* the value of field id when ie_kinds has it and f->arg (a list ending in 0, or NULL for
 * all) lists it */
static void ie_decode(struct tk_emitter *e, const struct tk_per_fields *f, uint32_t id,
		      struct tk_per *v)
{
	const struct ie_kind *k;
	const long *o;

	for (o = f->arg; o && *o && *o != (long)id; o++)
		;
	if (o && !*o)
		return;
	for (k = ie_kinds; k->key && k->id != (long)id; k++)
		;
	if (k->key && v->depth <= RANAP_MAX_DEPTH) {
		k->fn(e, k->key, v, k);
		tk_per_end(v, tk_vs_name(ie_names, (long)id));
	}
}

static void emit_fields_of(struct tk_emitter *e, struct tk_per *r, const char *key,
			   int ext_container, int decode, const long *only)
{
	struct tk_per_fields f = { "ProtocolIE-ID", "IE value", ie_name,
				   decode ? ie_decode : NULL, only };

	tk_per_container(e, r, key, key, ext_container ? 65535 : 65536,
			 (unsigned)ext_container, &f);
}

static void emit_fields(struct tk_emitter *e, struct tk_per *r, const char *key, int ext_container,
			int decode)
{
	emit_fields_of(e, r, key, ext_container, decode, NULL);
}

/*
 * The choice of the TargetID IE (id 62, TargetID ::= CHOICE { targetRNC-ID, cGI, ...,
 * targeteNB-ID }) among the protocolIEs of a message r is at the start of, read on a copy
 * of r whose problems are not reported (listing the IEs reports them).
 */
static int scan_target(const struct tk_per *msg)
{
	struct tk_inner_err quiet;
	struct tk_per r = *msg, v;
	uint32_t ext, opt, cnt, i, id, crit, x, c;

	memset(&quiet, 0, sizeof(quiet));
	r.er = &quiet;
	if (tk_per_bits(&r, 1, "message", &ext) || tk_per_bits(&r, 1, "message", &opt) ||
	    tk_per_cwn(&r, 65536, "ies", &cnt))
		return TARGET_UNNAMED;
	for (i = 0; i < cnt; i++) {
		if (tk_per_cwn(&r, 65536, "ProtocolIE-ID", &id) ||
		    tk_per_cwn(&r, 3, "criticality", &crit) || tk_per_open(&r, "IE value", &v))
			break;
		if (id != 62 || tk_per_bits(&v, 1, "TargetID", &x))
			continue;
		if (!x)
			return tk_per_bits(&v, 1, "TargetID", &c) ? TARGET_UNNAMED :
			       c ? TARGET_GERAN : TARGET_RNC;
		return tk_per_nsnn(&v, "TargetID", &c) ? TARGET_UNNAMED :
		       c == 0 ? TARGET_ENB : TARGET_OTHER;
	}
	return TARGET_UNNAMED;
}

/*
 * A message: SEQUENCE { protocolIEs ProtocolIE-Container, protocolExtensions
 * ProtocolExtensionContainer OPTIONAL, ... } (RANAP-PDU-Contents): the extension bit, the
 * preamble bit of protocolExtensions, then the containers.
 */
static void message_value(struct tk_emitter *e, struct tk_per *r, const char *name)
{
	uint32_t ext, opt;

	r->ctx = scan_target(r);
	if (tk_per_bits(r, 1, "message", &ext) || tk_per_bits(r, 1, "message", &opt))
		return;
	emit_fields(e, r, "ies", 0, 1);
	if (opt && !r->bad)
		emit_fields(e, r, "extensions", 1, 1);
	if (ext && !r->bad)
		tk_per_additions(e, r);
	tk_per_end(r, name ? name : "message");
}

/* the fields of one RANAP-PDU r is at the start of, into the object open */
static void pdu_fields(struct tk_emitter *e, struct tk_per *r)
{
	uint32_t ext, choice, code, crit;
	const char *msg = NULL;
	struct tk_per v;

	/* RANAP-PDU ::= CHOICE { 4 root alternatives, ... }: extension bit, 2-bit index */
	if (tk_per_bits(r, 1, "RANAP-PDU", &ext))
		return;
	if (ext) {
		if (tk_per_nsnn(r, "RANAP-PDU extension", &choice) ||
		    tk_per_open(r, "RANAP-PDU extension", &v))
			return;
		tk_inner_emit_name(e, "pdu", NULL, NULL, "extension alternative", (long)choice);
		tk_emit_kv_hex(e, "value", v.p, v.n);
		tk_per_end(r, "RANAP-PDU");
		return;
	}
	if (tk_per_cwn(r, 4, "RANAP-PDU", &choice))
		return;
	tk_emit_kv_str(e, "pdu", pdu_names[choice]);
	/* { procedureCode INTEGER (0..255): one aligned octet, criticality, value open type } */
	if (tk_per_cwn(r, 256, "procedureCode", &code))
		return;
	tk_emit_kv_long(e, "procedureCode", (long)code);
	tk_inner_emit_name(e, "procedure", procedure_names, NULL, "unknown", (long)code);
	if (tk_per_cwn(r, 3, "criticality", &crit))
		return;
	tk_emit_kv_str(e, "criticality", tk_vs_name(tk_per_criticality_names, (long)crit));
	if (code < sizeof(messages) / sizeof(messages[0])) {
		msg = messages[code][choice];
		if (msg)
			tk_emit_kv_str(e, "message", msg);
		else if (tk_vs_name(procedure_names, (long)code))
			tk_inner_fail(r->er, r->base, "procedure %s has no %s",
				      tk_vs_name(procedure_names, (long)code), pdu_names[choice]);
	}
	if (tk_per_open(r, "message value", &v))
		return;
	if (code == PROC_PRIVATE_MESSAGE)
		tk_emit_kv_hex(e, "value", v.p,
			       v.n);	/* privateIEs: their IDs and values are private */
	else
		message_value(e, &v, msg);
	tk_per_end(r, "RANAP-PDU");
}

void tk_emit_ranap(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	struct tk_per r;

	n = tk_inner_start(e, &er, p, n);
	tk_per_init(&r, p, n, 0, &er);
	if (n == 0)
		tk_inner_fail(&er, 0, "truncated: an empty RANAP-PDU");
	else
		pdu_fields(e, &r);
	tk_inner_finish(e, p, n, &er);
}

/*
 * RANAP-Message (IE 288 of RerouteNASRequest) ::= OCTET STRING holding a complete RANAP-PDU
 * (the InitialUE-Message to reroute, TS 25.413 9.1.x): decoded as one, one level deeper, as
 * long as RANAP_MAX_DEPTH allows (a PDU inside a PDU inside ... cannot exhaust the stack)
 */
static void dec_ranap_message(struct tk_emitter *e, const char *key, struct tk_per *r,
			      const struct ie_kind *k)
{
	const uint8_t *q;
	struct tk_per sub;
	size_t len;

	(void)k;
	q = tk_per_octet_string(r, key, &len);
	if (!q)
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	if (len == 0) {
		tk_inner_fail(r->er, r->base + (size_t)(q - r->p), "an empty RANAP-PDU");
	} else if (r->depth + 1 <= RANAP_MAX_DEPTH) {
		tk_per_init(&sub, q, len, r->base + (size_t)(q - r->p), r->er);
		sub.depth = r->depth + 1;
		pdu_fields(e, &sub);
	}
	tk_emit_kv_hex(e, "octets", q, len);
	tk_emit_close(e, 0);
}

/* CellType ::= ENUMERATED { macro, micro, pico, femto, ... } (RANAP-IEs) */
static const struct tk_value_string cell_type_names[] = {
	{ 0, "macro" },
	{ 1, "micro" },
	{ 2, "pico" },
	{ 3, "femto" },
	{ 0, NULL }
};

/*
 * LastVisitedUTRANCell-Item ::= SEQUENCE { uTRAN-CellID UTRAN-CellID, cellType CellType,
 * time-UE-StayedInCell INTEGER (0..4095), iE-Extensions OPTIONAL, ... } (RANAP-IEs): what the
 * S1AP UE history holds for a UTRAN cell (TS 36.413 9.2.1.43, "defined in TS 25.413").  The
 * time in seconds, 4096 values so two aligned octets.  Of the extensions, only those of
 * LastVisitedUTRANCell-Item-ExtIEs (Time-UE-StayedInCell-EnhancedGranularity, HO-Cause) are
 * decoded: this type is reached from s1ap.c, itself reached from RANAP's UE-History-
 * Information and eNB containers, each a decoding of its own; decoding any RANAP IE here
 * would let crafted octets nest RANAP in S1AP in RANAP without bound.
 */
static void dec_last_visited_utran_cell(struct tk_emitter *e, const char *key, struct tk_per *r,
					const struct ie_kind *k)
{
	static const long exts[] = { 253, 257, 0 }, none[] = { 0 };
	uint32_t x, y, v;
	uint64_t b;

	(void)k;
	if (tk_per_bits(r, 2, key, &x))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	/* UTRAN-CellID as dec_utran_cell_id reads it, its (empty) ExtIEs set undecoded */
	if (tk_per_bits(r, 1, "UTRAN-CellID", &y) == 0) {
		tk_emit_key(e, "utranCellId");
		tk_emit_open(e, 0);
		emit_plmn(e, r);
		if (tk_per_big(r, 268435456, "cellID", &b) == 0)
			tk_emit_kv_long(e, "cellId", (long)b);
		if (y)
			emit_fields_of(e, r, "extensions", 1, 1, none);
		tk_emit_close(e, 0);
	}
	emit_enum(e, "cellType", r, cell_type_names, 4, 1);
	if (tk_per_cwn(r, 4096, "time-UE-StayedInCell", &v) == 0)
		tk_emit_kv_long(e, "timeUeStayedInCell", (long)v);
	if (x & 1)
		emit_fields_of(e, r, "extensions", 1, 1, exts);
	if ((x & 2) && !r->bad)
		tk_per_additions(e, r);
	tk_emit_close(e, 0);
}

/* ---- MAP OCTET STRINGs holding one complete RANAP type (TS 29.002 MAP-MS-DataTypes) ------- */


/* Permitted...Algorithms ::= SEQUENCE (SIZE (1..16)) OF ...Algorithm (INTEGER (0..15)) */
static void dec_permitted(struct tk_emitter *e, const char *key, struct tk_per *r,
			  const struct ie_kind *k)
{
	uint32_t cnt, i, v;

	if (tk_per_cwn(r, 16, key, &cnt))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 1);
	for (i = 0; i <= cnt && tk_per_cwn(r, 16, key, &v) == 0; i++) {
		char buf[96];
		const char *s = tk_vs_name(k->vs, (long)v);
		if (!s) {
			snprintf(buf, sizeof(buf), "unknown (%u)", v);
			s = buf;
		}
		tk_emit_str(e, s);
	}
	tk_emit_close(e, 1);
}

void tk_emit_ranap_type(struct tk_emitter *e, enum tk_ranap_type t, const uint8_t *p, size_t n)
{
	static const struct ie_kind kinds[] = {
		[TK_RANAP_INTEGRITY_PROTECTION_INFORMATION] =
			{ 12, "integrityProtectionInformation", dec_security, integrity_alg_names, 0, 0 },
		[TK_RANAP_ENCRYPTION_INFORMATION] =
			{ 11, "encryptionInformation", dec_security, encryption_alg_names, 0, 0 },
		[TK_RANAP_CHOSEN_INTEGRITY_PROTECTION_ALGORITHM] =
			{ 6, "chosenIntegrityProtectionAlgorithm", dec_alg, integrity_alg_names, 0, 0 },
		[TK_RANAP_CHOSEN_ENCRYPTION_ALGORITHM] =
			{ 5, "chosenEncryptionAlgorithm", dec_alg, encryption_alg_names, 0, 0 },
		[TK_RANAP_PERMITTED_INTEGRITY_PROTECTION_ALGORITHMS] =
			{ 0, "permittedAlgorithms", dec_permitted, integrity_alg_names, 0, 0 },
		[TK_RANAP_PERMITTED_ENCRYPTION_ALGORITHMS] =
			{ 0, "permittedAlgorithms", dec_permitted, encryption_alg_names, 0, 0 },
		[TK_RANAP_SERVICE_HANDOVER] =
			{ 0, "serviceHandover", dec_enum, service_handover_names, 3, 1 },
		[TK_RANAP_SOURCE_RNC_TO_TARGET_RNC_CONTAINER] =
			{ 61, "sourceRncToTargetRncTransparentContainer", dec_rnc_container, NULL,
			  1, 0 },
		[TK_RANAP_TARGET_RNC_TO_SOURCE_RNC_CONTAINER] =
			{ 63, "targetRncToSourceRncTransparentContainer", dec_rnc_container, NULL,
			  0, 0 },
		[TK_RANAP_INTER_SYSTEM_INFORMATION_CONTAINER] =
			{ 99, "interSystemInformationTransparentContainer", dec_inter_system_info,
			  NULL, 0, 0 },
		[TK_RANAP_LAST_VISITED_UTRAN_CELL_ITEM] =
			{ 0, "lastVisitedUtranCellItem", dec_last_visited_utran_cell, NULL, 0, 0 },
	};
	const struct ie_kind *k;
	struct tk_inner_err er;
	struct tk_per r;

	n = tk_inner_start(e, &er, p, n);
	if ((size_t)t >= sizeof(kinds) / sizeof(kinds[0])) {
		tk_inner_fail(&er, 0, "not a RANAP type tcapkit knows");
	} else if (n == 0) {
		tk_inner_fail(&er, 0, "empty");
	} else {
		k = &kinds[t];
		tk_per_init(&r, p, n, 0, &er);
		k->fn(e, k->key, &r, k);
		tk_per_end(&r, k->key);
	}
	tk_inner_finish(e, p, n, &er);
}
