import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { signIn } from '../../api/sign-in';
import { LanguageSwitch } from '../../shared/LanguageSwitch';
import { saveSession } from '../../session/session';

/** Where to go after signing in: only a path of the console itself (never another site). */
function nextPath(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.includes('\\') ? next : '/';
}

type Field = 'username' | 'password';

/** Sign-in: plain HTML and styles (styles.css) so the first page stays light; validated before sending. */
export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const id = useId();
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const username = String(form.get('username') ?? '').trim();
    const password = String(form.get('password') ?? '');
    const errors: Partial<Record<Field, string>> = {};
    if (!username) errors.username = t('signIn.usernameRequired');
    if (!password) errors.password = t('signIn.passwordRequired');
    setFieldErrors(errors);
    setProblem(null);
    if (Object.keys(errors).length) {
      event.currentTarget.querySelector<HTMLInputElement>(`[name="${Object.keys(errors)[0]}"]`)?.focus();
      return;
    }
    setBusy(true);
    const outcome = await signIn({ username, password });
    setBusy(false);
    if ('session' in outcome) {
      saveSession(outcome.session);
      void navigate(nextPath(params.get('next')), { replace: true });
    } else setProblem('messages' in outcome ? outcome.messages.join(' ') : t('common.networkError'));
  };

  const field = (name: Field, type: string, autoComplete: string) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{t(`signIn.${name}`)}</label>
      <input
        id={`${id}-${name}`}
        name={name}
        type={type}
        autoComplete={autoComplete}
        aria-invalid={fieldErrors[name] ? true : undefined}
        aria-describedby={fieldErrors[name] ? `${id}-${name}-error` : undefined}
      />
      {fieldErrors[name] ? (
        <div id={`${id}-${name}-error`} className="field-error">
          {fieldErrors[name]}
        </div>
      ) : null}
    </div>
  );

  return (
    <main className="sign-in">
      <div className="sign-in-card">
        <div className="sign-in-head">
          <h1>{t('app.name')}</h1>
          <LanguageSwitch />
        </div>
        <p className="muted">{t('app.tagline')}</p>
        <h2>{t('signIn.title')}</h2>
        {problem ? (
          <div role="alert" className="form-problem">
            <strong>{t('errors.title')}</strong> {problem}
          </div>
        ) : null}
        <form noValidate onSubmit={(event) => void submit(event)} aria-label={t('signIn.title')}>
          {field('username', 'text', 'username')}
          {field('password', 'password', 'current-password')}
          <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
            {busy ? t('common.loading') : t('signIn.submit')}
          </button>
        </form>
        <p>
          <Link to="/verify">{t('signIn.verifyLink')}</Link>
        </p>
      </div>
    </main>
  );
}
