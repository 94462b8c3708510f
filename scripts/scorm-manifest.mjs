/**
 * imsmanifest.xml for the two SCORM packages. Pure functions of the file list, so the packager
 * and its tests build exactly the same text.
 *
 * One SCO: the theory course, launched at its home (`#/theory`) with `scorm=<version>` in the
 * query so the app looks for that version's API first. Titles carry both languages.
 */

/** The course's pass mark; the unit test holds it equal to the course definition's. */
export const MASTERY_SCORE = 80;

export const TITLES = {
  organization: 'RescueDrill 急救训练 · 理论课程 Theory course',
  item: '急救理论考试 · First-aid theory exam',
};

/** Launch path inside the package, relative to imsmanifest.xml. */
export function launchHref(version) {
  return `index.html?scorm=${version === '1.2' ? '1.2' : '2004'}#/theory`;
}

export function escapeXml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]);
}

function fileList(files, indent) {
  return [...files]
    .sort()
    .map((f) => `${indent}<file href="${escapeXml(f)}"/>`)
    .join('\n');
}

/**
 * SCORM 1.2 (ADL SCORM 1.2, IMS Content Packaging 1.1.2).
 * @param {{ files: string[]; version: string; identifier?: string }} opts
 */
export function manifest12({ files, version, identifier = 'org.rescuedrill.theory.scorm12' }) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${escapeXml(identifier)}" version="${escapeXml(version)}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="rescuedrill-org">
    <organization identifier="rescuedrill-org">
      <title>${escapeXml(TITLES.organization)}</title>
      <item identifier="item-theory" identifierref="res-theory" isvisible="true">
        <title>${escapeXml(TITLES.item)}</title>
        <adlcp:masteryscore>${MASTERY_SCORE}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="res-theory" type="webcontent" adlcp:scormtype="sco" href="${escapeXml(launchHref('1.2'))}">
${fileList(files, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

/**
 * SCORM 2004 4th Edition. Completion and success are set by the content (the exam), not by the
 * LMS on exit.
 * @param {{ files: string[]; version: string; identifier?: string }} opts
 */
export function manifest2004({ files, version, identifier = 'org.rescuedrill.theory.scorm2004' }) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${escapeXml(identifier)}" version="${escapeXml(version)}"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="rescuedrill-org">
    <organization identifier="rescuedrill-org">
      <title>${escapeXml(TITLES.organization)}</title>
      <item identifier="item-theory" identifierref="res-theory" isvisible="true">
        <title>${escapeXml(TITLES.item)}</title>
        <imsss:sequencing>
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="res-theory" type="webcontent" adlcp:scormType="sco" href="${escapeXml(launchHref('2004'))}">
${fileList(files, '      ')}
    </resource>
  </resources>
</manifest>
`;
}
