import { CopyField } from "./CopyField";
import { QrCode } from "./QrCode";

/**
 * Absolute links for a quiz: the one students play, and the teacher's with the key in its fragment.
 */
export function quizLinks(id: string, key: string) {
  return {
    share: `${location.origin}/q/${id}`,
    teacher: `${location.origin}/t/${id}#key=${encodeURIComponent(key)}`,
  };
}

type Props = { id: string; teacherKey: string; title: string };

/**
 * How a teacher hands the quiz out: the share link with a Copy button and a QR code to project,
 * and the private teacher link, with a plain warning about who may hold it.
 */
export function SharePanel({ id, teacherKey, title }: Props) {
  const links = quizLinks(id, teacherKey);
  return (
    <div class="share">
      <div class="share-student">
        <CopyField
          id="share-link"
          label="Share link"
          value={links.share}
          hint="Students open this link to play. It shows no answers."
        />
        <figure class="qr">
          <QrCode text={links.share} label={`QR code for the share link of “${title}”`} />
          <figcaption>Students can scan this with a phone camera.</figcaption>
        </figure>
        <p class="links">
          <a href={`/t/${id}/present`}>Open the projector view</a>: the QR code full screen, and who
          has joined.
        </p>
      </div>
      <div class="share-teacher">
        <CopyField
          id="teacher-link"
          label="Teacher link"
          value={links.teacher}
          hint={
            <p class="warning">
              <strong>Keep this link private.</strong> Anyone who has it can change the questions
              and see every student's results. Save it somewhere safe to open this quiz on another
              device.
            </p>
          }
        />
      </div>
    </div>
  );
}
