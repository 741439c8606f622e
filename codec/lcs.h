/*
 * Location services values that MAP (TS 29.002 MAP-LCS-DataTypes) carries in OCTET
 * STRINGs: velocity (TS 23.032 8), requested accuracies and priority, the positioning
 * methods used (TS 49.031, TS 25.413) and the area identities of an area event.  The
 * geographical shapes themselves are in location.h (tk_emit_geographical_info).
 *
 * Each function emits ONE value, an object that always holds "hex" (the raw octets) and,
 * when the octets do not follow the format, what could be decoded plus
 * "error": {"offset": N, "reason": "..."}.  Nothing is read outside p[0..n-1].
 */
#ifndef TK_LCS_H
#define TK_LCS_H

#include <stddef.h>
#include <stdint.h>

#include "print.h"

/* VelocityEstimate, TS 23.032 8: "velocityType", "bearing" (degrees),
 * "horizontalSpeedKmh", "verticalDirection", "verticalSpeedKmh", the uncertainty speeds */
void tk_emit_velocity_estimate(struct tk_emitter *e, const uint8_t *p, size_t n);

/* Horizontal-Accuracy (TS 29.002): "uncertaintyCode" and "uncertainty" in metres (TS 23.032 6.2) */
void tk_emit_horizontal_accuracy(struct tk_emitter *e, const uint8_t *p, size_t n);
/* Vertical-Accuracy (TS 29.002): "uncertaintyCode" and "uncertaintyAltitude" in metres
 * (TS 23.032 6.4) */
void tk_emit_vertical_accuracy(struct tk_emitter *e, const uint8_t *p, size_t n);
/* LCS-Priority (TS 29.002): "priority" */
void tk_emit_lcs_priority(struct tk_emitter *e, const uint8_t *p, size_t n);
/* LCS-ReferenceNumber (TS 29.002): "referenceNumber" */
void tk_emit_lcs_reference_number(struct tk_emitter *e, const uint8_t *p, size_t n);

/* PositioningDataInformation, TS 49.031 10.20 from octet 3: "positioningDataDiscriminator",
 * "positioningMethods": [{"method", "usage"}] */
void tk_emit_positioning_data(struct tk_emitter *e, const uint8_t *p, size_t n);
/* UtranPositioningDataInfo, TS 25.413 PositionData: the discriminator octets and
 * "positioningMethods" with the UTRAN method names */
void tk_emit_utran_positioning_data(struct tk_emitter *e, const uint8_t *p, size_t n);
/* GeranGANSSpositioningData, TS 49.031 GANSS Positioning Data from octet 3:
 * "positioningDataDiscriminator", "ganssPositioningMethods": [{"method", "ganssId", "usage"}] */
void tk_emit_geran_ganss_positioning_data(struct tk_emitter *e, const uint8_t *p, size_t n);
/* UtranGANSSpositioningData, TS 25.413 GANSS-PositioningDataSet: "ganssPositioningMethods" */
void tk_emit_utran_ganss_positioning_data(struct tk_emitter *e, const uint8_t *p, size_t n);

/* TS 29.002 AreaType values (MAP-LCS-DataTypes) */
enum tk_lcs_area_type {
	TK_AREA_COUNTRY_CODE = 0,
	TK_AREA_PLMN_ID = 1,
	TK_AREA_LOCATION_AREA_ID = 2,
	TK_AREA_ROUTING_AREA_ID = 3,
	TK_AREA_CELL_GLOBAL_ID = 4,
	TK_AREA_UTRAN_CELL_ID = 5,
};

/*
 * AreaIdentification (TS 29.002): its coding depends on the areaType of the same Area
 * SEQUENCE, passed as area_type (an AreaType value; any other value gives an "error").
 * Emits the tk_emit_plmn_cell() object: "mcc", "mnc", "lac", "rac", "ci", "ucId".
 */
void tk_emit_area_identification(struct tk_emitter *e, const uint8_t *p, size_t n, long area_type);

#endif
