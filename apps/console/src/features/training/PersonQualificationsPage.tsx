import { useQuery } from '@apollo/client/react';
import { Card, DatePicker, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { Loading } from '../../shared/Loading';
import { TAG } from '../../shared/tagColours';
import { courseStatusColour } from './CoursesPage';
import { nameOf, usePersonNames } from './names';
import { qualificationColour } from './QualificationsPage';

const PERSON = graphql(`
  query TrainingPersonQualifications($personId: ID!, $asOf: String) {
    personQualifications(personId: $personId, asOf: $asOf) {
      asOf
      personKind
      qualifications {
        kindId
        kindName
        status
        validUntil
        isTrainerQualification
        history {
          recordId
          origin
          grantedOn
          validUntil
          effectiveValidUntil
          status
          courseId
          evidence
          revokedOn
          revocationReason
        }
      }
    }
    personCourses(personId: $personId, first: 50) {
      nodes {
        courseId
        courseTitle
        courseStatus
        status
        result {
          passed
        }
      }
    }
    flaggedCourses(trainerId: $personId, first: 50) {
      nodes {
        id
        title
        startsOn
      }
    }
  }
`);

/** A person's qualifications as of a date, each kind's standing with its history; their courses; courses flagged for their teaching. */
export default function PersonQualificationsPage() {
  const { t } = useTranslation();
  const { personId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const asOf = params.get('asOf');
  const { data, loading, error } = useQuery(PERSON, { variables: { personId, asOf }, errorPolicy: 'all' });
  const people = useMemo(() => [{ personId, unitId: params.get('unit') }], [personId, params]);
  const names = usePersonNames(people);
  if (loading && !data) return <Loading />;
  const person = data?.personQualifications;
  const setAsOf = (value: string | null) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set('asOf', value);
      else next.delete('asOf');
      return next;
    });

  return (
    <section aria-labelledby="person-title">
      <Typography.Title level={1} id="person-title" style={{ fontSize: 24 }}>
        {t('training.quals.person', { name: nameOf(names, personId) })}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('training.quals.personHelp')}</Typography.Paragraph>
      <ErrorAlert error={error} />
      <label>
        {t('training.quals.asOf')}{' '}
        <DatePicker
          aria-label={t('training.quals.asOf')}
          format="YYYY-MM-DD"
          value={asOf ? dayjs(asOf) : person ? dayjs(person.asOf) : null}
          onChange={(value) => setAsOf(value ? value.format('YYYY-MM-DD') : null)}
        />
      </label>
      <div style={{ marginTop: 16 }}>
        {person && !person.qualifications.length ? <Typography.Paragraph>{t('training.quals.none')}</Typography.Paragraph> : null}
        {person?.qualifications.map((qualification) => (
          <Card
            key={qualification.kindId}
            size="small"
            style={{ marginBottom: 16 }}
            title={
              <Space wrap>
                <Typography.Text strong>{qualification.kindName ?? qualification.kindId}</Typography.Text>
                <Tag color={qualificationColour(qualification.status)}>{t(`training.quals.statuses.${qualification.status}`, qualification.status)}</Tag>
                <Typography.Text>
                  {t('training.quals.validUntil')}: {qualification.validUntil}
                </Typography.Text>
              </Space>
            }
          >
            <Table
              size="small"
              rowKey="recordId"
              pagination={false}
              scroll={{ x: 'max-content' }}
              dataSource={qualification.history}
              columns={[
                { title: t('training.quals.grantedOn'), dataIndex: 'grantedOn' },
                { title: t('training.quals.validUntil'), dataIndex: 'effectiveValidUntil' },
                { title: t('training.quals.origin'), dataIndex: 'origin', render: (origin: string) => t(`training.quals.origins.${origin}`, origin) },
                {
                  title: t('training.quals.course'),
                  dataIndex: 'courseId',
                  render: (courseId: string | null, row) => (courseId ? <Link to={`/training/courses/${courseId}`}>{courseId}</Link> : (row.evidence ?? '—')),
                },
                {
                  title: t('common.status'),
                  dataIndex: 'status',
                  render: (status: string, row) => (
                    <>
                      <Tag color={qualificationColour(status)}>{t(`training.quals.statuses.${status}`, status)}</Tag>
                      {row.revokedOn ? `${t('training.quals.revokedOn', { date: row.revokedOn })} ${row.revocationReason ?? ''}` : null}
                    </>
                  ),
                },
              ]}
            />
          </Card>
        ))}
      </div>
      {data?.personCourses.nodes.length ? (
        <>
          <Typography.Title level={2} style={{ fontSize: 18 }}>
            {t('training.quals.learnerCourses')}
          </Typography.Title>
          <Table
            size="small"
            rowKey="courseId"
            pagination={false}
            dataSource={data.personCourses.nodes}
            columns={[
              {
                title: t('common.name'),
                dataIndex: 'courseTitle',
                render: (title: string, row) => <Link to={`/training/courses/${row.courseId}`}>{title}</Link>,
              },
              {
                title: t('common.status'),
                dataIndex: 'courseStatus',
                render: (status: string) => <Tag color={courseStatusColour(status)}>{t(`training.courseStatuses.${status}`, status)}</Tag>,
              },
              {
                title: t('training.course.learner'),
                dataIndex: 'status',
                render: (status: string) => t(`training.course.enrolmentStatuses.${status}`, status),
              },
              {
                title: t('training.course.result'),
                key: 'result',
                render: (_, row) =>
                  row.result ? (
                    <Tag color={row.result.passed ? TAG.good : TAG.bad}>{row.result.passed ? t('training.passed') : t('training.notPassed')}</Tag>
                  ) : (
                    '—'
                  ),
              },
            ]}
          />
        </>
      ) : null}
      {data?.flaggedCourses.nodes.length ? (
        <>
          <Typography.Title level={2} style={{ fontSize: 18 }}>
            {t('training.quals.flaggedCourses')}
          </Typography.Title>
          <ul>
            {data.flaggedCourses.nodes.map((course) => (
              <li key={course.id}>
                <Link to={`/training/courses/${course.id}`}>{course.title}</Link> ({course.startsOn})
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
