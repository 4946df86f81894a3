/** One valid event of each EPCIS 2.0 type, shaped like the examples of the EPCIS 2.0 standard. */
export const objectEvent = {
  type: "ObjectEvent",
  eventTime: "2026-03-04T11:00:30.000+01:00",
  eventTimeZoneOffset: "+01:00",
  epcList: ["urn:epc:id:sgtin:0614141.107346.2017"],
  action: "ADD",
  bizStep: "commissioning",
  disposition: "active",
  readPoint: { id: "urn:epc:id:sgln:0614141.07346.1234" },
  bizLocation: { id: "https://id.gs1.org/414/0614141073467" },
  ilmd: { "example:bestBeforeDate": "2027-03-04", "cbvmda:lotNumber": "LOT-1" },
  "example:harvestId": "H-17",
};

export const aggregationEvent = {
  type: "AggregationEvent",
  eventTime: "2026-03-05T08:00:00Z",
  eventTimeZoneOffset: "+00:00",
  parentID: "urn:epc:id:sscc:0614141.1234567890",
  childEPCs: ["urn:epc:id:sgtin:0614141.107346.2017", "urn:epc:id:sgtin:0614141.107346.2018"],
  childQuantityList: [{ epcClass: "urn:epc:class:lgtin:4012345.012345.998877", quantity: 200, uom: "KGM" }],
  action: "ADD",
  bizStep: "urn:epcglobal:cbv:bizstep:packing",
  disposition: "in_progress",
  readPoint: { id: "urn:epc:id:sgln:0614141.00777.0" },
};

export const transactionEvent = {
  type: "TransactionEvent",
  eventTime: "2026-03-06T10:00:00-05:00",
  eventTimeZoneOffset: "-05:00",
  bizTransactionList: [{ type: "po", bizTransaction: "urn:epcglobal:cbv:bt:0614141073467:1152" }],
  epcList: ["urn:epc:id:sgtin:0614141.107346.2017"],
  action: "ADD",
  bizStep: "shipping",
  disposition: "in_transit",
  sourceList: [{ type: "owning_party", source: "urn:epc:id:pgln:0614141.00000" }],
  destinationList: [{ type: "location", destination: "urn:epc:id:sgln:4012345.00011.0" }],
};

export const transformationEvent = {
  type: "TransformationEvent",
  eventTime: "2026-03-07T13:00:00.000+01:00",
  eventTimeZoneOffset: "+01:00",
  inputQuantityList: [
    { epcClass: "https://id.gs1.org/01/04012345123456/10/998877", quantity: 10.5, uom: "KGM" },
  ],
  outputEPCList: ["https://id.gs1.org/01/04012345111118/21/9876"],
  transformationID: "urn:epc:id:gdti:0614141.12345.400",
  bizStep: "https://ref.gs1.org/cbv/BizStep-commissioning",
  ilmd: { "example:process": "roasting" },
  sensorElementList: [
    {
      sensorMetadata: { time: "2026-03-07T12:55:00Z", deviceID: "urn:epc:id:giai:4000001.111" },
      sensorReport: [{ type: "gs1:Temperature", value: 210.5, uom: "CEL" }],
    },
  ],
};

export const associationEvent = {
  type: "AssociationEvent",
  eventTime: "2026-03-08T09:00:00Z",
  eventTimeZoneOffset: "+00:00",
  parentID: "urn:epc:id:grai:4012345.55555.987",
  childEPCs: ["urn:epc:id:giai:4000001.12345"],
  action: "ADD",
  bizStep: "assembling",
  readPoint: { id: "urn:epc:id:sgln:4012345.00001.0" },
  errorDeclaration: { declarationTime: "2026-03-09T09:00:00Z", reason: "incorrect_data" },
};

export const namespaces = { example: "https://ns.example.com/epcis/", cbvmda: "urn:epcglobal:cbv:mda:" };

export const allEvents = [
  objectEvent,
  aggregationEvent,
  transactionEvent,
  transformationEvent,
  associationEvent,
];
