import type { ProfileId, SourceKey } from '../../core/protocol/profile';
import type { TopicId } from '../../core/quiz/types';
import type { LocalizedText } from '../../core/text';
import { sourcesOf, type FactId } from '../questions/facts';
import type { LawId } from './law';
import type { PictureId } from './pictures';

export interface LessonBlock {
  readonly kind: 'paragraph' | 'bullet';
  readonly text: LocalizedText;
  readonly facts: readonly FactId[];
  /** Statutes the line quotes or rests on (legal lesson); a line rests on facts or on law. */
  readonly law?: readonly LawId[];
  /** Shown only to learners on these profiles; everyone when absent. */
  readonly profiles?: readonly ProfileId[];
  /** Derived from `facts`; what the screen prints next to the line. */
  readonly sourceKeys: readonly SourceKey[];
}

export interface Lesson {
  readonly topic: TopicId;
  readonly status: 'ready' | 'awaitingSource';
  readonly title: LocalizedText;
  readonly pictures: readonly PictureId[];
  readonly blocks: readonly LessonBlock[];
  readonly note?: LocalizedText;
}

type BlockDraft = Omit<LessonBlock, 'sourceKeys'>;
type LessonDraft = Omit<Lesson, 'blocks'> & { readonly blocks: readonly BlockDraft[] };

const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });
const p = (text: LocalizedText, facts: readonly FactId[], profiles?: readonly ProfileId[]): BlockDraft => ({
  kind: 'paragraph',
  text,
  facts,
  ...(profiles ? { profiles } : {}),
});
const b = (text: LocalizedText, facts: readonly FactId[], profiles?: readonly ProfileId[]): BlockDraft => ({
  kind: 'bullet',
  text,
  facts,
  ...(profiles ? { profiles } : {}),
});

/** A line that rests on the statute it quotes, not on a clinical fact. */
const law = (kind: LessonBlock['kind'], text: LocalizedText): BlockDraft => ({ kind, text, facts: [], law: ['cn-civil-code-184'] });

const drafts: readonly LessonDraft[] = [
  {
    topic: 'recognition',
    status: 'ready',
    title: t('识别心脏骤停与呼救', 'Recognising cardiac arrest and calling for help'),
    pictures: ['response-check'],
    blocks: [
      p(
        t(
          '有人突然倒地时，先确认现场安全，再检查有无反应，然后呼叫急救并设法取得AED。各指南的流程都从这几步开始。',
          'When someone collapses, make sure the scene is safe, check for a response, then call for help and get an AED. Every guideline starts this way.',
        ),
        ['scene-safe-first', 'response-check', 'call-send-aed'],
      ),
      b(
        t('判断意识：轻拍双肩，在双耳旁大声呼叫。', 'Check response: tap both shoulders and shout loudly beside both ears.'),
        ['crc-response-tap-shout'],
        ['crc'],
      ),
      b(
        t('呼救：大声呼救，指定一位旁观者拨打120，并请人取来AED。', 'Call: shout for help; ask a named bystander to call 120 and fetch an AED.'),
        ['crc-call-named-bystander', 'crc-number-120'],
        ['crc'],
      ),
      b(
        t(
          '判断呼吸：眼看胸廓起伏5～10秒，出声计数“1001、1002……”；受过训练者同时检查成人颈动脉搏动。之后看表记录时间。',
          'Check breathing: watch the chest for 5–10 s, counting "1001, 1002 …" aloud; trained rescuers also feel an adult\'s carotid pulse. Then note the time.',
        ),
        ['crc-breath-check-5-10s', 'crc-carotid-pulse-trained', 'crc-note-time'],
        ['crc'],
      ),
      b(
        t(
          'AHA 2025：呼救并启动急救反应系统（手机开免提）、取AED；同时检查呼吸和脉搏，用时5～10秒。',
          'AHA 2025: shout, activate the emergency response (phone on speaker) and get an AED; check breathing and pulse together for 5–10 s.',
        ),
        ['aha-sequence', 'aha-breath-pulse-together'],
        ['aha2025'],
      ),
      b(
        t(
          'ERC：开放气道，看、听、感觉有无正常呼吸，不超过10秒；随后拨打112（开免提），派人取AED。',
          'ERC: open the airway and look, listen and feel for normal breathing for up to 10 s; then call 112 (speaker on) and send for an AED.',
        ),
        ['erc-sequence', 'erc-look-listen-feel', 'erc-number-112'],
        ['erc2025'],
      ),
      p(
        t(
          '偶尔的叹息样（濒死）喘息不是正常呼吸：按无呼吸处理，立即开始心肺复苏。',
          'Occasional gasping (agonal breathing) is not normal breathing: treat it as not breathing and start CPR.',
        ),
        ['agonal-not-breathing'],
      ),
    ],
  },
  {
    topic: 'cpr',
    status: 'ready',
    title: t('心肺复苏', 'CPR'),
    pictures: ['chest-landmarks'],
    blocks: [
      b(
        t(
          '体位：患者仰卧于坚硬平坦的平面，松解衣领和腰带。',
          'Position: on their back on a firm, flat surface; loosen collar and belt.',
        ),
        ['crc-position-supine-firm'],
        ['crc'],
      ),
      b(
        t('按压部位：胸骨下半部，两乳头连线中点。', 'Where: the lower half of the sternum, at the centre of the line between the nipples.'),
        ['crc-hand-nipple-line', 'hand-lower-half-sternum'],
        ['crc'],
      ),
      b(
        t('按压部位：胸部中央，胸骨下半部。', 'Where: the centre of the chest, on the lower half of the sternum.'),
        ['hand-centre-of-chest', 'hand-lower-half-sternum'],
        ['aha2025'],
      ),
      b(t('按压部位：胸部中央。', 'Where: the centre of the chest.'), ['hand-centre-of-chest'], ['erc2025']),
      b(
        t(
          '频率100～120次/分；成人深度5～6厘米，儿童至少为胸廓前后径的1/3（约5厘米），婴儿为1/3（约4厘米）。',
          'Rate 100–120 per minute; adult depth 5–6 cm, child at least one third of the chest depth (about 5 cm), infant one third (about 4 cm).',
        ),
        ['rate-100-120', 'adult-depth-5-6cm', 'child-depth-third-5cm', 'infant-depth-third-4cm'],
      ),
      b(
        t('每次按压后让胸廓充分回弹，不要倚靠胸壁。', 'Let the chest recoil fully after every compression; do not lean on it.'),
        ['full-recoil'],
      ),
      b(
        t(
          '单人施救按压与通气比30:2；双人施救儿童或婴儿为15:2。每次吹气约1秒，见胸廓隆起。',
          'One rescuer: 30:2. Two rescuers with a child or infant: 15:2. Each breath about 1 s, with visible chest rise.',
        ),
        ['ratio-30-2-single', 'ratio-15-2-two-rescuer-child', 'breath-1s-chest-rise'],
      ),
      b(
        t(
          '先按压30次，再用仰头举颏法开放气道（清除口中可见异物），吹气2次；5个循环后重新评估。',
          'Give 30 compressions first, then open the airway with a head tilt–chin lift (clearing visible material from the mouth) and give 2 breaths; re-assess after 5 cycles.',
        ),
        ['crc-sequence', 'crc-airway-tilt-chin', 'crc-reassess-5-cycles'],
        ['crc'],
      ),
      b(
        t(
          '尽量减少中断，每次中断少于10秒；胸外按压分数至少60%。有两名以上施救者时每2分钟轮换一次按压者。',
          'Keep interruptions under 10 s and the compression fraction at least 60%. With two or more rescuers, swap every 2 minutes.',
        ),
        ['interruption-under-10s', 'ccf-min-60', 'rescuer-swap-2min'],
      ),
      b(
        t(
          'AHA 2025：婴儿按压用双手拇指环绕法或单手掌根，双指法已删除。',
          'AHA 2025: compress an infant with two thumbs encircling the chest or the heel of one hand; the two-finger technique was removed.',
        ),
        ['aha-infant-two-thumb-or-heel'],
        ['aha2025'],
      ),
    ],
  },
  {
    topic: 'aed',
    status: 'ready',
    title: t('使用AED', 'Using an AED'),
    pictures: ['aed-device', 'aed-pads-adult'],
    blocks: [
      p(
        t('记住口诀“开、贴、插、电”：开电源、贴电极片、插插头、电击。', 'Remember "on, pads, plug, shock": power on, attach pads, plug in, shock.'),
        ['aed-mnemonic-crc'],
        ['crc'],
      ),
      b(t('打开AED电源，按语音提示操作。', 'Turn the AED on and follow the voice prompts.'), ['aed-power-on-prompts']),
      b(
        t(
          '暴露胸部，潮湿时擦干；电极片贴不牢时去除毛发；去除药物贴片；避开皮下植入装置和首饰。',
          'Bare the chest and dry it if wet; remove hair if the pads will not stick; remove medication patches; keep clear of implanted devices and jewellery.',
        ),
        ['aed-expose-dry', 'aed-hair', 'aed-remove-patch', 'aed-avoid-implant-jewellery'],
      ),
      b(
        t(
          '成人：一片贴在右锁骨下方、胸骨右侧，另一片贴在左侧腋下。8岁以下或25公斤以下儿童优先用儿童电极片或衰减器；电极片会相互接触时改为前—后位。婴儿用前—后位。',
          'Adults: one pad below the right collarbone beside the sternum, one on the left side below the armpit. Children under 8 years or 25 kg: child pads or an attenuator if available; front and back if the pads would touch. Infants: front and back.',
        ),
        ['aed-pads-adult-anterolateral', 'aed-child-pads', 'aed-pads-touch-ap', 'aed-infant-ap'],
      ),
      b(
        t(
          '分析心律时所有人离开患者；建议电击时大声提醒“离开”，确认无人接触后按下闪烁的电击按钮。',
          'During analysis nobody touches the person; if a shock is advised, say "stand clear", check, and press the flashing button.',
        ),
        ['aed-analyse-clear', 'aed-shock-clear-press'],
      ),
      b(
        t(
          '电击后或“不建议电击”时，立即继续心肺复苏，不检查脉搏；AED每2分钟重新分析。电极片保持粘贴，直到急救人员接手或患者出现生命迹象。',
          'After a shock, or if no shock is advised, resume CPR at once with no pulse check; the AED re-analyses every 2 minutes. Leave the pads on until EMS takes over or the person shows signs of life.',
        ),
        ['aed-after-shock-resume', 'aed-no-shock-resume', 'aed-reanalysis-2min', 'aed-leave-pads-on'],
      ),
      b(
        t(
          '安全：离开积水并擦干胸部；分析和电击时不接触患者；氧气远离电极片；电极片不可相互接触。',
          'Safety: off standing water with a dry chest; nobody touching during analysis and shock; oxygen away from the pads; pads never touching.',
        ),
        ['aed-fault-standing-water', 'aed-fault-touching', 'aed-fault-oxygen', 'aed-pads-touch-ap'],
      ),
    ],
  },
  {
    topic: 'choking',
    status: 'ready',
    title: t('气道异物梗阻', 'Choking'),
    pictures: ['abdomen-heimlich', 'infant-back-blows'],
    blocks: [
      p(
        t(
          '严重梗阻：不能说话、咳嗽或呼吸，常双手抓住颈部。轻度梗阻（能咳嗽、说话）：鼓励咳嗽并观察，不要拍打。',
          'Severe: cannot speak, cough or breathe, often hands at the throat. Mild (can cough and speak): encourage coughing and watch; do not strike.',
        ),
        ['choke-recognise', 'choke-mild-cough'],
      ),
      b(
        t(
          '意识清醒的成人或儿童：腹部冲击法（海姆立克法），约每秒1次，反复进行直到异物排出或患者失去反应；先拍背不算错误，但成人不要求。婴儿采用拍背，儿童也可拍背。',
          'Conscious adult or child: abdominal thrusts (Heimlich), about one a second, until the object comes out or the person becomes unresponsive; back blows first are not an error but not required for adults. Back blows are taught for infants and accepted for children.',
        ),
        ['choke-crc-heimlich', 'choke-crc-back-blows-infant-child'],
        ['crc'],
      ),
      b(
        t(
          'AHA 2025：成人或儿童严重梗阻，5次背部叩击与5次腹部冲击交替。',
          'AHA 2025: severe obstruction in an adult or child — alternate 5 back blows and 5 abdominal thrusts.',
        ),
        ['choke-aha-alternate'],
        ['aha2025'],
      ),
      b(
        t('ERC：先5次背部叩击，再5次腹部冲击，交替进行。', 'ERC: 5 back blows, then 5 abdominal thrusts, alternating.'),
        ['choke-erc-back-then-abdo'],
        ['erc2025'],
      ),
      b(
        t(
          '腹部冲击：站在患者身后，一脚置于其两脚之间；一手握拳，拇指侧朝内，放在肚脐稍上方的正中；另一手握住拳头，快速向内、向上冲击。',
          'Abdominal thrusts: stand behind, one foot between their feet; fist thumb side in on the midline slightly above the navel; grasp it with the other hand; thrust quickly inward and upward.',
        ),
        ['choke-thrust-technique'],
      ),
      b(
        t('拳头位置：肚脐上方约两横指，远离胸骨。', 'Fist position: about two finger-widths above the navel, well below the breastbone.'),
        ['choke-crc-two-fingers-above-navel'],
        ['crc'],
      ),
      b(
        t(
          '孕晚期或肥胖者改用胸部冲击。独自一人时，用自己的拳头冲击，或将上腹部抵在椅背、桌边上冲压。',
          'Late pregnancy or obesity: chest thrusts instead. Alone: thrust with your own fist, or over a chair back or table edge.',
        ),
        ['choke-chest-thrusts-pregnant-obese', 'choke-self-rescue'],
      ),
      b(
        t(
          '婴儿：面朝下放在前臂上、头低于胸部，用掌根在两肩胛骨之间拍背5次，再胸部冲击5次，交替进行；婴儿不做腹部冲击。',
          'Infant: face down along your forearm, head lower than the chest; 5 back blows with the heel of the hand between the shoulder blades, then 5 chest thrusts, alternating. No abdominal thrusts for infants.',
        ),
        ['choke-infant-back-chest', 'choke-infant-no-abdominal'],
      ),
      b(
        t(
          '患者失去反应：放到地上，呼叫急救，开始心肺复苏；每次开放气道时查看口腔，看到异物才取出，不盲目掏取。',
          'If they become unresponsive: lower them to the ground, call for help, start CPR; look in the mouth each time you open the airway and remove an object only if you see it. No blind finger sweeps.',
        ),
        ['choke-unresponsive-cpr', 'choke-no-blind-sweep'],
      ),
    ],
  },
  {
    topic: 'bleeding',
    status: 'ready',
    title: t('止血', 'Bleeding control'),
    pictures: ['pressure-bandage', 'tourniquet-arm'],
    blocks: [
      b(t('先做好自我防护：戴手套或使用隔离物。', 'Protect yourself first: gloves or a barrier.'), ['bleed-protect-self']),
      b(
        t(
          '用敷料直接压迫伤口，持续用力；敷料浸透后在上面加盖，不要揭下。',
          'Press directly on the wound with a dressing, firmly and continuously; if it soaks through, add more on top — do not remove it.',
        ),
        ['bleed-direct-pressure', 'bleed-add-dressings'],
      ),
      b(t('在敷料外加压包扎。', 'Put a pressure bandage over the dressing.'), ['bleed-pressure-bandage']),
      b(
        t(
          '直接压迫无法控制的、危及生命的四肢出血使用止血带：扎在伤口上方5～7厘米处，不扎在关节上，拧紧至出血停止，并记录时间。',
          'Life-threatening limb bleeding that pressure does not control: a tourniquet 5–7 cm above the wound, not over a joint, tightened until the bleeding stops, with the time written down.',
        ),
        ['tq-indication', 'tq-position-5-7cm', 'tq-tighten-until-stops', 'tq-note-time'],
      ),
      b(
        t('AHA与ERC现行指南：止血带一旦扎上就不要放松。', 'Current AHA and ERC guidance: once applied, do not loosen a tourniquet.'),
        ['tq-no-loosen'],
        ['aha2025', 'erc2025'],
      ),
    ],
  },
  {
    topic: 'bandaging',
    status: 'ready',
    title: t('包扎', 'Bandaging'),
    pictures: ['pressure-bandage', 'bandage-figure8'],
    blocks: [
      b(
        t(
          '环形包扎：各圈完全重叠，用于每卷绷带的开始和结束，以及手腕、额部。',
          'Circular: turns overlap fully; used to start and finish every roller bandage, and for the wrist and forehead.',
        ),
        ['bandage-circular', 'bandage-start-end-circular'],
      ),
      b(
        t('螺旋包扎：用于粗细均匀的肢体，每圈压住前一圈的1/3～2/3。', 'Spiral: for limbs of even girth; each turn covers 1/3–2/3 of the last.'),
        ['bandage-spiral'],
      ),
      b(
        t(
          '螺旋反折包扎：用于前臂、小腿等粗细不均的部位，反折处对齐成线，避开伤口和骨隆突处。',
          'Spiral reverse: for tapering limbs such as the forearm and calf; reversals in line, never over the wound or a bony prominence.',
        ),
        ['bandage-spiral-reverse'],
      ),
      b(
        t('8字包扎：用于肘、膝、踝、手等关节，交叉位于关节屈侧。', "Figure-of-eight: for joints (elbow, knee, ankle, hand), crossing over the joint's flexion side."),
        ['bandage-figure8'],
      ),
      b(
        t('回返包扎：用于头部、残肢和指端，回返部分用环形包扎固定。', 'Recurrent: for the head, stumps and fingertips; the returns are covered by circular turns.'),
        ['bandage-recurrent'],
      ),
      b(
        t(
          '三角巾：可包扎头、肩、胸、手，也可做悬臂带；结避开伤口，悬臂带托住前臂并高于肘部水平。',
          'Triangular bandage: for the head, shoulder, chest and hand, and for arm slings; knot off the wound, the sling holding the forearm above elbow level.',
        ),
        ['bandage-triangular', 'sling-forearm-above-elbow'],
      ),
      p(
        t(
          '通用要求：敷料覆盖并超出伤口；由远心端向近心端包扎；压力均匀、牢固；结或固定夹不在伤口上、不在肢体内侧；露出指（趾）端，包扎前后检查颜色、温度和毛细血管充盈。',
          'Always: the dressing covers the wound and beyond; bandage from distal to proximal; even, firm pressure; knot or clip neither over the wound nor on the inner side; fingertips or toes visible to check colour, warmth and capillary refill before and after.',
        ),
        ['bandage-dressing-covers', 'bandage-distal-to-proximal', 'bandage-even-firm', 'bandage-knot-position', 'bandage-check-circulation'],
      ),
    ],
  },
  {
    topic: 'fractures',
    status: 'ready',
    title: t('骨折固定与搬运', 'Fractures and moving the injured'),
    pictures: ['splint-forearm', 'log-roll'],
    blocks: [
      b(
        t('夹板要足够长，固定住骨折部位上、下两个关节。', 'The splint must be long enough to immobilise the joints above and below the fracture.'),
        ['fix-splint-joints'],
      ),
      b(t('骨隆突处加衬垫。', 'Pad the bony points.'), ['fix-pad-bony']),
      b(
        t('固定前后都检查伤肢远端的血液循环、运动和感觉。', 'Check circulation, movement and sensation beyond the injury before and after.'),
        ['fix-check-cms'],
      ),
      b(t('不要试图拉直开放性骨折。', 'Do not try to straighten an open fracture.'), ['fix-no-straighten-open']),
      p(
        t(
          '怀疑脊柱损伤：除非现场有危险，否则不要搬动；必须移动时，保持身体成一直线，采用轴线翻身。',
          'Suspected spinal injury: do not move the person unless they are in danger; if you must, keep the body in one line and log roll.',
        ),
        ['spine-dont-move', 'spine-log-roll'],
      ),
    ],
  },
  {
    topic: 'drowning',
    status: 'ready',
    title: t('防溺水与溺水急救', 'Drowning: prevention and first aid'),
    pictures: ['reach-throw'],
    blocks: [
      p(
        t(
          '未经救生训练，绝不下水施救：在岸上“递”（竹竿、树枝）或“抛”（救生圈、绳索、漂浮物）。',
          'Never go into the water without rescue training: from the bank, reach (a pole or branch) or throw (a ring buoy, rope or anything that floats).',
        ),
        ['drown-reach-throw'],
      ),
      b(
        t('溺水导致的心脏骤停是窒息性心脏骤停。', 'Cardiac arrest from drowning is an asphyxial arrest.'),
        ['drown-asphyxial'],
      ),
      b(
        t('ERC：溺水者先给5次人工呼吸，再开始胸外按压。', 'ERC: give a drowning victim 5 rescue breaths before starting compressions.'),
        ['drown-erc-5-breaths'],
        ['erc2025'],
      ),
      b(
        t(
          '被救上岸后如只有叹息样喘息，按无呼吸处理；使用AED前离开积水，擦干胸部。',
          'Once on land, gasping counts as not breathing; before using the AED move off standing water and dry the chest.',
        ),
        ['agonal-not-breathing', 'aed-fault-standing-water', 'aed-expose-dry'],
      ),
    ],
  },
  {
    topic: 'legal',
    status: 'ready',
    title: t('施救者的法律保护', 'Legal protection of rescuers'),
    pictures: ['response-check'],
    blocks: [
      law(
        'paragraph',
        t(
          '《民法典》第一百八十四条：“因自愿实施紧急救助行为造成受助人损害的，救助人不承担民事责任。”',
          'Civil Code, Article 184: “Where a person voluntarily performs emergency rescue and thereby causes harm to the person being rescued, the rescuer bears no civil liability.”',
        ),
      ),
      law(
        'bullet',
        t(
          '这条规定保护的是自愿实施紧急救助的人：自愿上前施救，是法律鼓励的行为。',
          'The article protects people who give emergency help voluntarily: stepping in to help is what the law encourages.',
        ),
      ),
      law(
        'bullet',
        t(
          '本课介绍的是中华人民共和国的法律；其他国家和地区各有规定，请了解你所在地的法律。',
          'This lesson covers the law of the People’s Republic of China; other countries and regions have their own rules, so learn the law where you live.',
        ),
      ),
    ],
  },
];

export const LESSONS: readonly Lesson[] = Object.freeze(
  drafts.map((l) => ({
    ...l,
    blocks: l.blocks.map((blk) => ({ ...blk, sourceKeys: sourcesOf(blk.facts) })),
  })),
);

export function lessonFor(topic: TopicId): Lesson | undefined {
  return LESSONS.find((l) => l.topic === topic);
}

export { PICTURES, PICTURE_IDS, type Picture, type PictureId, type Shape } from './pictures';
